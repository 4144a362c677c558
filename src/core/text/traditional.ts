/**
 * Traditional characters as mirror sites and some offices write unit names, leaders and labels ("區發改局",
 * "牽頭單位：", "孫恒民"), turned into the simplified characters the registry and the catalogue use.
 *
 * A small table of our own rather than a dependency: it holds the characters that occur in the names of
 * government bodies, places, people's names and the assignment labels, each of which is used only in
 * traditional writing (none of them is a character of GB 2312), so a simplified text is never changed. A
 * character not in the table is kept as written: an unknown traditional name stays a name of its own rather
 * than becoming a wrong one.
 */
const FROM = [
  "區縣鄉鎮辦會處隊組廳屬聯關機構團黨員幹發農業衛財務稅統計審監資環態設築運輸體醫療險應勞動貿經濟網數據創開園織傳戰紀檢軍糧",
  "儲備氣廣電視聞圖書館場劃畫規質價準銀證車輛鐵橋學專執綜戶產鏈職責牽頭單導領協門參時間節進預標線級總個達護國評點陽陰華東灣",
  "島興龍鳳雲陳劉張趙孫吳鄭馮楊黃許謝韓蘇盧蔣錢葉鄧羅範鍾萬湯喬賈魯齊閻嚴龔顧鄒譚貝賀馬鄔倫偉強麗紅靜義傑濤鵬輝榮慶寶蘭鳴飛",
  "鋒劍順歸實與係繫僑臺議調檔編製歷誌藝術婦殘災減遷舊債擔貸費獎補貼優撫養殯愛潔綠漁獸藥種飼墾礦爐鋼煉熱燈訊號郵遞遊覽競賽圍",
  "邊權測繪驗糾紛訴訟獄絡維穩違營銷購買賣軌駕駛駐鄰廠灑淨汙廢棄壞積極擴續響結報頒佈麥師兒現這們來對將為從當過還無週歲億訪揮",
  "層長負寧兗樣並況狀屆幫貧脫堅讓認識鬥爭陸兩輕顯際濱溫潛澤滬陝貴遼瀋漢夢嶺崗莊壩塢橫樓壽魚荊遠廈輔諮詢問題項聽說話語讀寫課",
  "講稱謀圓錄鑒鑑轉變靈鬱鹽蠶繭絲紡綢麵飯飲廚壓懷攜擬攤擋擊贛閩瓊豐隴臨鶴鷹龜鬧寬獨猶獻瑪畢異疊盡盤硯碼確禮禪穀窮竅筆簡簽籌",
  "約紙細終給絕綱練縮績繳罰習聖聲肅脅腦臟舉艦莖蓋蕭薦藍虛蝦衝裝複見親覺觀觸訂訓記診註詳試詩該誠誤談請論諸譜貢貨販賓賞贊趕跡",
  "踐軟載較輪轄連選遺釋針鈴鉅鋪錦鍵鐘鑽閉閒閘閱闆闊隨隱雖雙雜雞離難霧頂須頻額顏願類風餘骯髮鬆鮮鳥鴻麼齡恆溝灘澗瀏滄鎖廬",
].join("");
const TO = [
  "区县乡镇办会处队组厅属联关机构团党员干发农业卫财务税统计审监资环态设筑运输体医疗险应劳动贸经济网数据创开园织传战纪检军粮",
  "储备气广电视闻图书馆场划画规质价准银证车辆铁桥学专执综户产链职责牵头单导领协门参时间节进预标线级总个达护国评点阳阴华东湾",
  "岛兴龙凤云陈刘张赵孙吴郑冯杨黄许谢韩苏卢蒋钱叶邓罗范钟万汤乔贾鲁齐阎严龚顾邹谭贝贺马邬伦伟强丽红静义杰涛鹏辉荣庆宝兰鸣飞",
  "锋剑顺归实与系系侨台议调档编制历志艺术妇残灾减迁旧债担贷费奖补贴优抚养殡爱洁绿渔兽药种饲垦矿炉钢炼热灯讯号邮递游览竞赛围",
  "边权测绘验纠纷诉讼狱络维稳违营销购买卖轨驾驶驻邻厂洒净污废弃坏积极扩续响结报颁布麦师儿现这们来对将为从当过还无周岁亿访挥",
  "层长负宁兖样并况状届帮贫脱坚让认识斗争陆两轻显际滨温潜泽沪陕贵辽沈汉梦岭岗庄坝坞横楼寿鱼荆远厦辅咨询问题项听说话语读写课",
  "讲称谋圆录鉴鉴转变灵郁盐蚕茧丝纺绸面饭饮厨压怀携拟摊挡击赣闽琼丰陇临鹤鹰龟闹宽独犹献玛毕异叠尽盘砚码确礼禅谷穷窍笔简签筹",
  "约纸细终给绝纲练缩绩缴罚习圣声肃胁脑脏举舰茎盖萧荐蓝虚虾冲装复见亲觉观触订训记诊注详试诗该诚误谈请论诸谱贡货贩宾赏赞赶迹",
  "践软载较轮辖连选遗释针铃巨铺锦键钟钻闭闲闸阅板阔随隐虽双杂鸡离难雾顶须频额颜愿类风余肮发松鲜鸟鸿么龄恒沟滩涧浏沧锁庐",
].join("");

const TABLE = new Map<string, string>();
for (let i = 0; i < FROM.length; i++) TABLE.set(FROM[i], TO[i]);

/** Any character of the table: the quick test before rebuilding a text. */
const ANY = new RegExp(`[${FROM}]`);

/** Whether a text holds a traditional character of the table. */
export function hasTraditional(text: string): boolean {
  return ANY.test(text);
}

/** The text with the table's traditional characters in their simplified form; anything else as written. */
export function toSimplified(text: string): string {
  if (!ANY.test(text)) return text;
  let out = "";
  for (const ch of text) out += TABLE.get(ch) ?? ch;
  return out;
}
