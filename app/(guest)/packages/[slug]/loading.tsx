// Skeleton of a package page: its picture and title, the items, the whole-package booking.
import { Bone, CardListBones, SkeletonFrame } from "@/components/skeleton";

export default function Loading() {
  return (
    <SkeletonFrame>
      <Bone className="h-4 w-24" />
      <Bone className="h-44 rounded-3xl" />
      <Bone className="h-7 w-2/3" />
      <CardListBones count={6} />
      <Bone className="h-28 rounded-2xl" />
    </SkeletonFrame>
  );
}
