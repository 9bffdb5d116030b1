// Skeleton while a guest page loads (pages with a shape of their own have their own loading.tsx).
import { Bone, CardListBones, SkeletonFrame } from "@/components/skeleton";

export default function Loading() {
  return (
    <SkeletonFrame>
      <Bone className="h-8 w-2/3" />
      <CardListBones count={3} image={false} />
    </SkeletonFrame>
  );
}
