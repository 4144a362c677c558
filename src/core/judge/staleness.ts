/**
 * How old a rate may be and still stand for today (set p, branch judge-forms3). Statistics published each quarter (地区
 * 生产总值, 三次产业增加值, 居民人均可支配收入, 调查失业率 …) come out weeks after the quarter: at 30 September the first
 * half's is the latest there is, so a reading is stale only four months on. Statistics published each month (规上工业
 * 增加值, 固定资产投资, 社会消费品零售总额, 一般公共预算收入, 进出口, 用电量, 价格, 余额, 空气质量 …) come out within weeks
 * of the month: a reading whose period ended three months or more before the date judged is no longer where the metric
 * stands (1-6月 at 30 September: 1-8月 is out by then), and a green on it says 无法研判 (WEAK_STALE_PERIOD).
 * Pure: no I/O, no clock.
 */
import { IsoDate } from "../text/dates";

/** Metrics published each quarter, not each month. */
const QUARTERLY = /生产总值|GDP|产业增加值|服务业增加值|建筑业增加值|农业增加值|农林牧渔|可支配收入|消费支出|失业率|城镇化率|常住人口/i;

/** Whether a rate read for a period ending in `month` of the as-of year is stale at `asOf` (`names`: the figure's and the target's metric). */
export function staleReading(month: number, asOf: IsoDate, names: readonly string[]): boolean {
  const now = Number(asOf.slice(5, 7));
  const lag = now - month;
  if (lag >= 4) return true;
  if (lag < 3 || names.some((n) => QUARTERLY.test(n))) return false;
  // Three months to the day: the period ends on its month's last day, so the as-of date must be its own month's last.
  const day = Number(asOf.slice(8, 10));
  const last = new Date(Date.UTC(Number(asOf.slice(0, 4)), now, 0)).getUTCDate();
  return day >= last;
}
