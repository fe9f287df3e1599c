// A batch worker thread: loads the pipeline once (gazetteers, lexicons, chrono), then runs tasks as they come.
import { parentPort } from "node:worker_threads";
import { runTask, type Task } from "./task.js";

if (!parentPort) throw new Error("worker.js runs as a worker thread");
const port = parentPort;
port.on("message", (task: Task) => {
  port.postMessage(runTask(task));
});
