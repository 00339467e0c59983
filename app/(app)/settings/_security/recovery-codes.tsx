/** Recovery codes, shown once: after setting up the second step, and after making new ones. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="flex flex-col gap-3 rounded-md border-2 border-amber-600 bg-amber-50 p-4" role="region" aria-labelledby="recovery-codes-heading">
      <h4 id="recovery-codes-heading" className="text-lg font-bold">
        Your recovery codes
      </h4>
      <p>
        Write these down or print this page, and keep them somewhere safe, away from your phone. If you lose your phone, each code lets you sign in once instead of
        a code from the app. <strong>They are shown only now.</strong>
      </p>
      <ol className="grid grid-cols-1 gap-2 font-mono text-xl sm:grid-cols-2" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </div>
  );
}
