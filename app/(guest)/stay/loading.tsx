// Skeleton of the guest home: the stay, the suggestions, the packages.
import { Bone, CardListBones, SkeletonFrame } from "@/components/skeleton";

export default function Loading() {
  return (
    <SkeletonFrame>
      <div className="space-y-3 rounded-3xl bg-brand-800/90 p-5">
        <Bone className="h-3 w-1/3 bg-white/25" />
        <Bone className="h-7 w-3/4 bg-white/25" />
        <div className="flex gap-2">
          <Bone className="h-7 w-32 rounded-full bg-white/20" />
          <Bone className="h-7 w-20 rounded-full bg-white/20" />
        </div>
      </div>
      <Bone className="h-6 w-1/2" />
      <CardListBones count={4} />
      <Bone className="h-6 w-1/2" />
      <Bone className="h-64 rounded-2xl" />
    </SkeletonFrame>
  );
}
