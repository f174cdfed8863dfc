// Placeholder while the export is written; replaced in the export commit.
export default function ChartExport(_props: Record<string, unknown>) {
  return null;
}
