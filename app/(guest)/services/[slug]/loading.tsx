// Skeleton of a service page: picture and title, description, the booking card.
import { Bone, SkeletonFrame } from "@/components/skeleton";

export default function Loading() {
  return (
    <SkeletonFrame>
      <Bone className="h-4 w-24" />
      <Bone className="h-44 rounded-3xl" />
      <div className="space-y-2">
        <Bone className="h-7 w-2/3" />
        <Bone className="h-5 w-1/3" />
      </div>
      <div className="space-y-2">
        <Bone className="h-4 w-full" />
        <Bone className="h-4 w-5/6" />
      </div>
      <div className="space-y-4 rounded-2xl bg-white p-5 shadow-sm">
        <Bone className="h-5 w-1/2" />
        <div className="grid grid-cols-2 gap-2">
          <Bone className="h-14 rounded-xl" />
          <Bone className="h-14 rounded-xl" />
        </div>
        <Bone className="h-11 w-full" />
        <Bone className="h-20 w-full rounded-xl" />
        <Bone className="h-12 w-full" />
      </div>
    </SkeletonFrame>
  );
}
