// For the tests of npm start's front: raw bytes over one connection, as a hostile client sends
// them (fetch would refuse most of them), and what comes back until the server closes.
import { connect } from "node:net";

/** Sends `text` and resolves with everything received until the server closes or `ms` pass. */
export function rawHttp(port: number, text: string, { host = "127.0.0.1", ms = 1_500 } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, host, () => socket.write(text));
    let out = "";
    const done = () => {
      socket.destroy();
      resolve(out);
    };
    socket.on("data", (d) => (out += d.toString("latin1")));
    socket.on("end", done);
    socket.on("error", done);
    setTimeout(done, ms);
  });
}
