// The benchmark's floor page (`npm run bench`): the least a dynamic page of this build does (root layout, one line),
// to set the guest pages against. Only while the server runs with BENCH_FLOOR=1; 404 otherwise.
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";

export default async function BenchFloorPage() {
  await connection();
  if (!env().BENCH_FLOOR) notFound();
  return (
    <main id="main">
      <p>ok</p>
    </main>
  );
}
