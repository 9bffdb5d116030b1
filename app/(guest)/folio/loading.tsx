// Skeleton of the bill: title, then the statement's lines and totals.
import { Bone, SkeletonFrame } from "@/components/skeleton";

export default function Loading() {
  return (
    <SkeletonFrame>
      <Bone className="h-8 w-1/2" />
      <div className="space-y-3 rounded-2xl bg-white p-4 shadow-sm">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="flex justify-between gap-4">
            <Bone className="h-4 w-20" />
            <Bone className="h-4 flex-1" />
            <Bone className="h-4 w-16" />
          </div>
        ))}
        <Bone className="ml-auto h-6 w-40" />
      </div>
    </SkeletonFrame>
  );
}
