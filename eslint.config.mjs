import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const rawPrisma = {
  patterns: [
    {
      group: ["@/generated/*", "@/generated/**", "**/generated/prisma", "**/generated/prisma/**", "@prisma/client", "@prisma/client/*", "@prisma/adapter-mariadb"],
      message: "Only src/server/db may use the raw Prisma client. Use storeDb(storeId) / platformDb() from @/server/db.",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "src/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "no-restricted-imports": ["error", rawPrisma],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/server/db/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
