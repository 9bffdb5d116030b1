// Skeleton of a package's items and its booking, under the header the layout has already shown.
import { Bone, CardListBones, SkeletonFrame } from "@/components/skeleton";

export default function Loading() {
  return (
    <SkeletonFrame>
      <Bone className="h-7 w-1/3" />
      <CardListBones count={6} />
      <Bone className="h-28 rounded-2xl" />
    </SkeletonFrame>
  );
}
