// Command gen writes the dataset of the annualreport example: a fictional
// county, 清溪县, with its directory of units, its 2025 work plan as a task
// decomposition table (任务分解表) with progress events, major decisions,
// normative documents, an enforcement-officer roster with histories,
// enforcement actions, and two years of reconsideration and litigation
// cases. The county, its units, people, documents and cases are made up;
// their shape and volumes follow the published reports of 开州区 (2021),
// 鄂尔多斯市 (2021) and the 赤壁市 2019 work points.
//
// The output is deterministic: a fixed PCG seed, no clock. Run it from the
// repository root or from examples/annualreport:
//
//	go run ./examples/annualreport/gen [-o DIR] [-scale N]
//
// -o writes the files to DIR instead of the example's data directory.
// -scale N makes a county N times as large: N times the officers of every
// unit and their actions, N times the reconsideration and litigation cases,
// the decisions and the normative documents, each with its own ID; the work
// plan and its progress stay as they are. The default, 1, writes the
// embedded dataset byte for byte.
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/fazhi-go/fazhi/internal/cnnum"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
)

const (
	county     = "清溪县"
	government = "清溪县人民政府"
	region     = "清溪县"
	year       = 2025
)

var (
	d        = lawgov.MustDate
	asOf     = d(2025, 12, 31)
	planDate = d(2025, 2, 28)
	cal      = lawgov.OfficialCalendar()
)

// maxScale bounds -scale: 1000 times the county is about 1.6 GB of files.
const maxScale = 1000

func main() {
	out := "data"
	if _, err := os.Stat(filepath.Join("examples", "annualreport")); err == nil {
		out = filepath.Join("examples", "annualreport", "data")
	}
	flag.StringVar(&out, "o", out, "write the files to this directory")
	scale := flag.Int("scale", 1, fmt.Sprintf("multiply the officers, actions, cases, decisions and documents by this factor (1 to %d)", maxScale))
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "gen: unexpected argument %q\n", flag.Arg(0))
		os.Exit(2)
	}
	if *scale < 1 || *scale > maxScale {
		fmt.Fprintf(os.Stderr, "gen: -scale %d: want 1 to %d\n", *scale, maxScale)
		os.Exit(2)
	}
	if err := run(out, *scale); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// g carries the generator state: one random source for the whole run, so
// the output depends only on the seed, the scale and the order of the calls.
type g struct {
	rng   *rand.Rand
	out   string
	scale int // how many times the county's volumes
}

func run(out string, scale int) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	x := &g{rng: rand.New(rand.NewPCG(20251231, 3)), out: out, scale: scale}
	steps := []func() error{x.meta, x.units, x.plan, x.decisions, x.documents, x.officersAndActions, x.cases}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// between returns a day drawn uniformly from [a, b].
func (x *g) between(a, b lawgov.Date) lawgov.Date {
	n := b.DaysSince(a)
	if n <= 0 {
		return a
	}
	return a.AddDays(x.rng.IntN(n + 1))
}

func (x *g) pct(p int) bool { return x.rng.IntN(100) < p }

// width is the number of digits a sequence number up to n is padded to:
// at least min, so that the IDs of the county at scale 1 do not change,
// and enough for n, so that IDs sort as their numbers do.
func width(min, n int) int {
	return max(min, len(strconv.Itoa(n)))
}

func (x *g) write(name string, data []byte) error {
	return os.WriteFile(filepath.Join(x.out, name), data, 0o644)
}

func (x *g) writeJSON(name string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return x.write(name, append(b, '\n'))
}

// writeLines writes one compact JSON value per line (JSON Lines), so that an
// error in a big table can name its line.
func writeLines[T any](x *g, name string, vs []T) error {
	f, err := os.Create(filepath.Join(x.out, name))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, v := range vs {
		line, err := json.Marshal(v)
		if err != nil {
			f.Close()
			return err
		}
		w.Write(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ---------------------------------------------------------------- meta

// meta mirrors the meta.json the example reads.
type meta struct {
	County       string              `json:"county"`
	Government   string              `json:"government"`
	Region       string              `json:"region"`
	ReportYear   int                 `json:"report_year"`
	Plan         lawgov.Plan         `json:"plan"`
	AnnualReport lawgov.AnnualReport `json:"annual_report"`
	Filing       filingRule          `json:"document_filing"`
}

type filingRule struct {
	Deadline lawgov.Period   `json:"deadline"`
	Basis    lawgov.Citation `json:"basis"`
}

func (x *g) meta() error {
	m := meta{
		County: county, Government: government, Region: region, ReportYear: year,
		Plan: lawgov.Plan{Year: year, Issuer: government, Document: "清政发〔2025〕3号",
			Title: "清溪县2025年法治政府建设工作要点", Date: planDate},
		AnnualReport: lawgov.AnnualReport{Body: government, Kind: lawgov.BodyLocalGovernment, Year: year,
			Sections: []lawgov.ReportSection{lawgov.SectionMeasures, lawgov.SectionLeaderDuty, lawgov.SectionNextYear, lawgov.SectionOther}},
		Filing: filingRule{Deadline: lawgov.CalendarDays(15), Basis: lawgov.Citation{
			Instrument: "清溪县行政规范性文件管理办法", Document: "清政发〔2023〕12号", Version: d(2023, 6, 1), Article: 21}},
	}
	return x.writeJSON("meta.json", m)
}

// ---------------------------------------------------------------- units

type unitRow struct {
	id, name, kind, level, parent, aliases string
	field                                  string // enforcement field, "" for none
	officers                               int    // roster size
}

var unitRows = []unitRow{
	{"qx.gov", government, "government", "county", "", "县人民政府|县政府", "", 0},
	{"qx.office", "县政府办公室", "department", "county", "qx.gov", "", "", 0},
	{"qx.justice", "县司法局", "department", "county", "qx.gov", "", "", 0},
	{"qx.ndrc", "县发展和改革局", "department", "county", "qx.gov", "县发改局", "发展改革", 24},
	{"qx.finance", "县财政局", "department", "county", "qx.gov", "", "财政", 18},
	{"qx.samr", "县市场监督管理局", "department", "county", "qx.gov", "县市场监管局", "市场监管", 270},
	{"qx.eco", "县生态环境局", "department", "county", "qx.gov", "", "生态环境", 96},
	{"qx.nr", "县自然资源局", "department", "county", "qx.gov", "", "自然资源", 118},
	{"qx.housing", "县住房和城乡建设局", "department", "county", "qx.gov", "县住建局", "住房城乡建设", 92},
	{"qx.transport", "县交通运输局", "department", "county", "qx.gov", "", "交通运输", 156},
	{"qx.edu", "县教育局", "department", "county", "qx.gov", "", "教育", 38},
	{"qx.health", "县卫生健康局", "department", "county", "qx.gov", "县卫健局", "卫生健康", 124},
	{"qx.emergency", "县应急管理局", "department", "county", "qx.gov", "", "应急管理", 84},
	{"qx.agri", "县农业农村局", "department", "county", "qx.gov", "", "农业农村", 146},
	{"qx.hrss", "县人力资源和社会保障局", "department", "county", "qx.gov", "县人社局", "人力资源社会保障", 52},
	{"qx.police", "县公安局", "department", "county", "qx.gov", "", "公安", 610},
	{"qx.urban", "县城市管理局", "department", "county", "qx.gov", "县城市管理综合执法局", "城市管理", 188},
	{"qx.culture", "县文化和旅游局", "department", "county", "qx.gov", "县文旅局", "文化旅游", 62},
	{"qx.water", "县水利局", "department", "county", "qx.gov", "", "水利", 58},
	{"qx.forestry", "县林业局", "department", "county", "qx.gov", "", "林业", 72},
	{"qx.civil", "县民政局", "department", "county", "qx.gov", "", "民政", 20},
	{"qx.medsec", "县医疗保障局", "department", "county", "qx.gov", "县医保局", "医疗保障", 30},
	{"qx.audit", "县审计局", "department", "county", "qx.gov", "", "", 0},
	{"qx.stats", "县统计局", "department", "county", "qx.gov", "", "统计", 12},
	{"qx.data", "县政务服务和大数据管理局", "department", "county", "qx.gov", "县数据局", "", 0},
	{"qx.chengguan", "城关镇人民政府", "township", "township", "qx.gov", "城关镇", "综合行政执法", 46},
	{"qx.qingshi", "青石镇人民政府", "township", "township", "qx.gov", "青石镇", "综合行政执法", 38},
	{"qx.xikou", "溪口镇人民政府", "township", "township", "qx.gov", "溪口镇", "综合行政执法", 36},
	{"qx.longtan", "龙潭镇人民政府", "township", "township", "qx.gov", "龙潭镇", "综合行政执法", 34},
	{"qx.baisha", "白沙乡人民政府", "township", "township", "qx.gov", "白沙乡", "综合行政执法", 26},
	{"qx.taoyuan", "桃源乡人民政府", "township", "township", "qx.gov", "桃源乡", "综合行政执法", 24},
}

func unitName(id string) string {
	for _, u := range unitRows {
		if u.id == id {
			return u.name
		}
	}
	panic("unknown unit " + id)
}

func (x *g) units() error {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"id", "name", "kind", "level", "parent", "aliases"})
	for _, u := range unitRows {
		_ = w.Write([]string{u.id, u.name, u.kind, u.level, u.parent, u.aliases})
	}
	w.Flush()
	return x.write("units.csv", b.Bytes())
}

// ---------------------------------------------------------------- plan

type taskRow struct {
	section, title string
	lead           string
	resp, coop     []string
	deadline       string
	output         string
	quota          string
}

var (
	towns     = []string{"qx.chengguan", "qx.qingshi", "qx.xikou", "qx.longtan", "qx.baisha", "qx.taoyuan"}
	enforcers = []string{"qx.samr", "qx.eco", "qx.nr", "qx.transport", "qx.urban", "qx.agri", "qx.emergency"}
)

var taskRows = []taskRow{
	{"一、深入学习贯彻习近平法治思想", "县政府常务会议学法", "qx.office", []string{"qx.justice"}, nil, "年底前", "会前学法记录", "不少于4次"},
	{"一、深入学习贯彻习近平法治思想", "组织领导干部旁听庭审", "qx.justice", nil, []string{"qx.office"}, "11月底前", "旁听庭审通报", "不少于1次"},
	{"一、深入学习贯彻习近平法治思想", "开展行政执法人员公共法律知识培训", "qx.justice", []string{"qx.hrss"}, enforcers, "10月31日前", "培训通知、签到表", "不少于2次"},
	{"一、深入学习贯彻习近平法治思想", "落实“谁执法谁普法”普法责任制", "qx.justice", []string{"qx.samr", "qx.eco", "qx.transport"}, nil, "每季度", "普法责任清单落实情况", ""},
	{"二、依法全面履行政府职能", "动态调整权责清单", "qx.office", []string{"qx.data"}, []string{"qx.justice"}, "6月30日前", "权责清单调整目录", ""},
	{"二、依法全面履行政府职能", "深化“一网通办”改革", "qx.data", []string{"qx.samr", "qx.hrss"}, nil, "2025年9月30日前", "高频事项清单", ""},
	{"二、依法全面履行政府职能", "推行涉企经营许可告知承诺制", "qx.samr", []string{"qx.data"}, nil, "第三季度", "告知承诺事项目录", ""},
	{"二、依法全面履行政府职能", "开展营商环境法治保障专项行动", "qx.ndrc", []string{"qx.samr", "qx.justice"}, nil, "下半年", "专项行动总结", ""},
	{"二、依法全面履行政府职能", "清理妨碍统一市场和公平竞争的政策措施", "qx.samr", []string{"qx.ndrc", "qx.finance"}, nil, "8月底前", "清理结果目录", ""},
	{"二、依法全面履行政府职能", "推进生态环境损害赔偿制度改革", "qx.eco", []string{"qx.nr", "qx.forestry", "qx.water"}, nil, "11月30日前", "赔偿案件台账", ""},
	{"三、完善依法行政制度体系", "编制年度行政规范性文件制定计划", "qx.justice", nil, []string{"qx.office"}, "3月31日前", "制定计划", ""},
	{"三、完善依法行政制度体系", "开展行政规范性文件全面清理", "qx.justice", []string{"qx.office"}, nil, "9月底前", "清理结果目录", ""},
	{"三、完善依法行政制度体系", "落实行政规范性文件“三统一”和备案审查", "qx.justice", towns, nil, "每季度", "备案情况通报", ""},
	{"三、完善依法行政制度体系", "推进合法性审核机制向乡镇延伸", "qx.justice", towns, nil, "印发之日起6个月内", "审核机制文件", ""},
	{"四、推进行政决策科学化民主化法治化", "公布年度重大行政决策事项目录", "qx.office", nil, []string{"qx.justice"}, "4月30日前", "决策事项目录", ""},
	{"四、推进行政决策科学化民主化法治化", "落实重大行政决策合法性审查", "qx.justice", nil, nil, "长期坚持", "合法性审查意见书", ""},
	{"四、推进行政决策科学化民主化法治化", "开展重大行政决策后评估", "qx.office", []string{"qx.housing", "qx.transport"}, nil, "12月20日前", "后评估报告", "不少于2件"},
	{"四、推进行政决策科学化民主化法治化", "完善政府法律顾问和公职律师制度", "qx.justice", nil, []string{"qx.office"}, "6月底前", "法律顾问聘用合同", ""},
	{"五、严格规范公正文明执法", "推进乡镇综合行政执法规范化建设", "qx.justice", towns, nil, "12月31日前", "乡镇执法事项清单", ""},
	{"五、严格规范公正文明执法", "全面落实行政执法“三项制度”", "qx.justice", enforcers, nil, "年底前", "三项制度落实情况报告", ""},
	{"五、严格规范公正文明执法", "开展行政执法案卷评查", "qx.justice", nil, enforcers, "11月底前", "案卷评查通报", "不少于2次"},
	{"五、严格规范公正文明执法", "加强行政执法证件管理", "qx.justice", nil, enforcers, "长期坚持", "执法人员信息库", ""},
	{"五、严格规范公正文明执法", "推行包容审慎监管和“首违不罚”清单", "qx.samr", []string{"qx.transport", "qx.urban", "qx.culture"}, nil, "9月30日前", "不予处罚事项清单", ""},
	{"五、严格规范公正文明执法", "开展“双随机、一公开”联合抽查", "qx.samr", []string{"qx.eco", "qx.health", "qx.emergency"}, nil, "12月底前", "联合抽查计划及结果", "每个单位不少于2次"},
	{"五、严格规范公正文明执法", "开展道路交通安全和运输执法领域突出问题专项整治", "qx.transport", []string{"qx.police"}, nil, "10月底前", "专项整治报告", ""},
	{"五、严格规范公正文明执法", "规范城市管理执法行为", "qx.urban", nil, towns, "第四季度", "执法规范化建设总结", ""},
	{"六、强化行政权力制约和监督", "办理人大代表建议和政协委员提案", "qx.office", nil, nil, "8月31日前", "办理答复", ""},
	{"六、强化行政权力制约和监督", "推进政务公开标准化规范化", "qx.office", []string{"qx.data"}, nil, "每季度", "政务公开考评", ""},
	{"六、强化行政权力制约和监督", "加强审计监督整改", "qx.audit", []string{"qx.finance"}, nil, "下半年", "审计整改报告", ""},
	{"六、强化行政权力制约和监督", "开展法治督察", "qx.justice", nil, []string{"qx.office"}, "11月30日前", "督察报告", "不少于1次"},
	{"七、依法有效化解社会矛盾纠纷", "落实行政复议体制改革", "qx.justice", nil, nil, "6月30日前", "复议案件办理规程", ""},
	{"七、依法有效化解社会矛盾纠纷", "提高行政机关负责人出庭应诉率", "qx.justice", []string{"qx.nr", "qx.housing", "qx.hrss"}, nil, "年底前", "出庭应诉情况通报", ""},
	{"七、依法有效化解社会矛盾纠纷", "开展行政争议实质性化解", "qx.justice", []string{"qx.police", "qx.nr"}, nil, "持续推进", "化解案件台账", ""},
	{"七、依法有效化解社会矛盾纠纷", "健全“诉调对接”工作机制", "qx.justice", towns, nil, "9月底前", "诉调对接机制文件", ""},
	{"八、加强组织领导", "报告上一年度法治政府建设情况", "qx.office", []string{"qx.justice"}, nil, "3月31日前", "年度报告", ""},
	{"八、加强组织领导", "将法治建设纳入年度绩效考核", "qx.office", nil, []string{"qx.justice", "qx.hrss"}, "12月15日前", "考核方案", ""},
	{"八、加强组织领导", "落实党政主要负责人述法", "qx.office", []string{"qx.justice"}, nil, "年底前", "述法报告", ""},
}

func taskID(i int) string { return "(" + cnnum.Format(i+1) + ")" }

func names(ids []string) string {
	var ns []string
	for _, id := range ids {
		ns = append(ns, unitName(id))
	}
	return strings.Join(ns, "、")
}

func (x *g) plan() error {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"序号", "类别", "工作任务", "牵头单位", "责任单位", "配合单位", "完成时限", "成果形式", "数量要求"})
	for i, t := range taskRows {
		_ = w.Write([]string{taskID(i), t.section, t.title, unitName(t.lead), names(t.resp), names(t.coop), t.deadline, t.output, t.quota})
	}
	w.Flush()
	if err := x.write("plan.csv", b.Bytes()); err != nil {
		return err
	}

	// Read the table back with the importer to learn each task's last day.
	var ub bytes.Buffer
	uw := csv.NewWriter(&ub)
	_ = uw.Write([]string{"id", "name", "kind", "level", "parent", "aliases"})
	for _, u := range unitRows {
		_ = uw.Write([]string{u.id, u.name, u.kind, u.level, u.parent, u.aliases})
	}
	uw.Flush()
	units, err := tasktable.ReadUnits(&ub, tasktable.Options{})
	if err != nil {
		return err
	}
	dir, err := lawgov.NewDirectory(units)
	if err != nil {
		return err
	}
	res, err := tasktable.ReadCSV(&b, lawgov.Plan{Year: year, Issuer: government, Title: "清溪县2025年法治政府建设工作要点", Date: planDate}, dir, tasktable.Options{})
	if err != nil {
		return err
	}
	p := res.Plan
	l, err := lawgov.NewLedger(p, dir, lawgov.LedgerConfig{})
	if err != nil {
		return err
	}
	var evs []lawgov.Event
	for _, t := range p.Tasks {
		st, err := l.TaskState(t.ID, planDate)
		if err != nil {
			return err
		}
		evs = append(evs, x.taskEvents(t, st)...)
	}
	slices.SortStableFunc(evs, func(a, b lawgov.Event) int { return a.Date.Compare(b.Date) })
	if err := l.Apply(evs...); err != nil {
		return err
	}
	return x.writeJSON("progress.json", evs)
}

// taskEvents draws the progress of one task: per unit, done on time, done
// late or still open, with counts towards a quota.
func (x *g) taskEvents(t lawgov.Task, st lawgov.TaskState) []lawgov.Event {
	var evs []lawgov.Event
	start := planDate.AddDays(7)
	ev := func(date lawgov.Date, u lawgov.UnitID, k lawgov.EventKind, n int64) {
		evs = append(evs, lawgov.Event{Date: date, Task: t.ID, Unit: u, Kind: k, Count: n})
	}
	units := t.Units()
	switch t.Deadline.Kind {
	case lawgov.DeadlineOngoing:
		for _, u := range units {
			ev(x.between(start, asOf.AddDays(-20)), u, lawgov.EventEvidence, 0)
		}
	case lawgov.DeadlineRecurring:
		for q := 1; q <= 4; q++ {
			end := lawgov.MustDate(year, time.Month(3*q), 1).AddMonths(1).AddDays(-1)
			if end.Before(planDate) {
				continue
			}
			for _, u := range units {
				if q == 4 && x.pct(12) {
					continue // the fourth quarter not yet reported
				}
				ev(x.between(end.AddDays(-20), end), u, lawgov.EventDone, 0)
			}
		}
	default:
		due := st.Due
		for _, u := range units {
			if !t.Quota.IsZero() {
				min := t.Quota.Min
				if t.Quota.Scope == lawgov.QuotaOverall && u != t.Lead {
					continue
				}
				n := min
				if x.pct(15) {
					n = min - 1
				}
				for i := int64(0); i < n; i++ {
					ev(x.between(start, minDate(due, asOf)), u, lawgov.EventCount, 1)
				}
			}
			r := x.rng.IntN(100)
			switch {
			case due.After(asOf):
				if r < 50 {
					ev(x.between(start, asOf), u, lawgov.EventEvidence, 0)
				}
			case r < 78:
				ev(x.between(maxDate(start, due.AddDays(-45)), due), u, lawgov.EventDone, 0)
			case r < 88:
				late := due.AddDays(3 + x.rng.IntN(30))
				if late.After(asOf) {
					late = asOf
				}
				ev(late, u, lawgov.EventDone, 0)
			case r < 94:
				ev(x.between(start, due), u, lawgov.EventEvidence, 0)
			default:
				// nothing reported: overdue
			}
		}
	}
	return evs
}

func minDate(a, b lawgov.Date) lawgov.Date {
	if a.Before(b) {
		return a
	}
	return b
}

func maxDate(a, b lawgov.Date) lawgov.Date {
	if a.After(b) {
		return a
	}
	return b
}
