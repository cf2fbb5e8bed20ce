// A free TCP port on 127.0.0.1, for the benchmarks' own servers (never 8787, which others use).
import { createServer } from "node:net";

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
