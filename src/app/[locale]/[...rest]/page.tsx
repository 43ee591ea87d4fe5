import { notFound } from "next/navigation";

// Any path under a known locale that no page matches gets that locale's 404.
export default function CatchAllPage() {
  notFound();
}
