import { createMemoryPort } from "../../src/hosts/memory/memoryPort";
import { describePortContract } from "./portContract";

describePortContract("memory", (book) => createMemoryPort(book));
