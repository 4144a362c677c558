import { CliIO } from "../io";
import { runAnalysisCommand } from "./analyze";

export const runValidate = (args: string[], io: CliIO) => runAnalysisCommand("validate", args, io);
