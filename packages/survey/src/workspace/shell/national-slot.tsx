import { lazy, Suspense, type ComponentType } from "react";
import { Loading } from "./loading.js";
import type { NationalViewProps } from "./national-view-props.js";

const NationalPage = lazy(() => import("../national/national-page.js").then((m) => ({ default: m.NationalPage })));

/**
 * The national board's page at /national. The workspace routes there and frames it; the comparison view itself
 * is set here: national/national-page.tsx, loaded with its own chunk when /national is first opened.
 */
export const nationalView: ComponentType<NationalViewProps> | null = (props: NationalViewProps) => (
  <Suspense fallback={<Loading />}>
    <NationalPage {...props} />
  </Suspense>
);
