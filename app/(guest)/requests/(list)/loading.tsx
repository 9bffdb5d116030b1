// Skeleton of My requests: title, then request cards. In the (list) group so that it does not wrap /requests/<id>,
// whose "not yours" must answer 404 before anything streams.
import { Bone, CardListBones, SkeletonFrame } from "@/components/skeleton";

export default function Loading() {
  return (
    <SkeletonFrame>
      <Bone className="h-8 w-1/2" />
      <CardListBones count={3} image={false} />
    </SkeletonFrame>
  );
}
