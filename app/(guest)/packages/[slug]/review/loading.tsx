// Skeleton of a package review's items and total, under the heading the layout has already shown.
import { Bone, CardListBones, SkeletonFrame } from "@/components/skeleton";

export default function Loading() {
  return (
    <SkeletonFrame>
      <CardListBones count={4} image={false} />
      <Bone className="h-28 rounded-2xl" />
      <Bone className="h-12 rounded-xl" />
    </SkeletonFrame>
  );
}
