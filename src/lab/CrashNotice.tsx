/** A task that threw instead of recording its own failure: a bug, shown rather than lost. */
export function CrashNotice({ crash }: { crash: string | null }) {
  if (!crash) return null;
  return (
    <div role="alert" className="error-box">
      Something went wrong: {crash}. Please report it; you can run again.
    </div>
  );
}
