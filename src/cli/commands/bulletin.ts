import { CliIO } from "../io";
import { runAnalysisCommand } from "./analyze";

export const runBulletin = (args: string[], io: CliIO) => runAnalysisCommand("bulletin", args, io);
