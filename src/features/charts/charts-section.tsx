// Placeholder while the charts are written; replaced in the charts commit.
export default function ChartsSection(_props: Record<string, unknown>) {
  return null;
}
