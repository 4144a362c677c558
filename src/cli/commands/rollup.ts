import { CliIO } from "../io";
import { runAnalysisCommand } from "./analyze";

export const runRollup = (args: string[], io: CliIO) => runAnalysisCommand("rollup", args, io);
