/**
 * The contract of a use case: run on every host (tests/app/contractHosts.ts), it leaves the same cells in
 * the workbook, read back through that host's port, and returns the same result as on memory. A use case
 * that needs what a host cannot do names the capability and is skipped there, reported as a skipped test.
 */
import { NewWorkbook, PortCapabilities, WorkbookPort } from "../../src/app/ports";
import { WorkbookData } from "../../src/core/sheet/cellValue";
import { cellsOf, contractHosts, WriteAbility } from "./contractHosts";

export interface UseCaseContract<R> {
  /** The workbook each host opens. */
  book: () => WorkbookData | Promise<WorkbookData>;
  /**
   * Runs the use case on the port; what it returns is compared across hosts (make it plain data).
   * `newWorkbook` opens a new workbook the host's way (a use case creating workbooks reads them back).
   */
  run: (port: WorkbookPort, newWorkbook: NewWorkbook) => Promise<R>;
  /** The use case creates workbooks: a host that cannot is skipped, reported. */
  createsWorkbooks?: boolean;
  /** false for a use case that only reads (documents): a host differing only in how it writes is skipped. */
  writes?: boolean;
  /** Abilities the use case needs beyond reading and writing cells. */
  needs?: (keyof PortCapabilities | WriteAbility)[];
  /** Checks on the reference run (memory): that the use case did something worth comparing. */
  expectReference: (result: R, cells: Record<string, string[][]>) => void;
}

export function describeUseCaseContract<R>(name: string, contract: UseCaseContract<R>): void {
  describe(`use case contract: ${name}`, () => {
    const hosts = contractHosts();
    let reference: { result: R; cells: Record<string, string[][]> } | null = null;
    const referenceRun = async () => {
      if (!reference) {
        const port = await hosts[0].open(await contract.book());
        const result = await contract.run(port, hosts[0].newWorkbook!);
        reference = { result, cells: await cellsOf(port) };
      }
      return reference;
    };

    test("on memory (the reference) it does what it says", async () => {
      const { result, cells } = await referenceRun();
      contract.expectReference(result, cells);
    });

    for (const host of hosts.slice(1)) {
      const missing = (contract.needs ?? []).filter((c) => (c in host.capabilities ? !host.capabilities[c as keyof PortCapabilities] : host.lacks?.includes(c as WriteAbility)));
      if (missing.length) {
        test.skip(`${host.name}: skipped, the host lacks ${missing.join(", ")}`, () => undefined);
        continue;
      }
      if (host.writePathOnly && contract.writes === false) {
        test.skip(`${host.name}: skipped, the use case writes nothing into the workbook`, () => undefined);
        continue;
      }
      if (contract.createsWorkbooks && !host.newWorkbook) {
        test.skip(`${host.name}: skipped, the host cannot create a workbook`, () => undefined);
        continue;
      }
      test(`${host.name}: the same cells and the same result as on memory`, async () => {
        const want = await referenceRun();
        const port = await host.open(await contract.book());
        expect(port.capabilities).toEqual(host.capabilities);
        const result = await contract.run(port, host.newWorkbook ?? noNewWorkbook);
        host.verify?.();
        expect(result).toEqual(want.result);
        const cells = await cellsOf(port);
        expect(Object.keys(cells).sort()).toEqual(Object.keys(want.cells).sort());
        for (const sheet of Object.keys(want.cells)) expect([sheet, cells[sheet]]).toEqual([sheet, want.cells[sheet]]);
      });
    }
  });
}

const noNewWorkbook: NewWorkbook = () => {
  throw new Error("this host creates no workbook: the contract should have been skipped");
};
