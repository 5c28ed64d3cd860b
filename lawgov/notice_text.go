package lawgov

// This file reads the published text of the State Council General Office's
// holiday notices (国务院办公厅关于XXXX年部分节假日安排的通知) and of the
// notices that amend one (国务院办公厅关于调整2019年劳动节假期安排的通知,
// 国办发明电〔2019〕3号; 国务院办公厅关于延长2020年春节假期的通知,
// 国办发明电〔2020〕1号).

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// maxNoticeText bounds the text ParseNotice reads; a notice is about 2 KB.
const maxNoticeText = 64 << 10

// maxHolidayDays bounds one holiday range: the longest block on record is the
// extended 2020 Spring Festival, 10 days.
const maxHolidayDays = 31

// holidayNames are the holidays of 全国年节及纪念日放假办法 that a notice
// arranges, as the notices name them.
var holidayNames = [...]string{"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"}

// NoticeText is a holiday notice read from its published text by
// [ParseNotice]: the notice with its citation and the days it names.
//
// The zero NoticeText names nothing and cannot be loaded.
type NoticeText struct {
	// Notice is the notice: the year it arranges and its citation (title,
	// 文号 and date). For an amending notice From and To bound the dates it
	// governs; for an extension they are set when it is applied to the year.
	Notice HolidayNotice

	// Amends reports a notice that changes a year already arranged (its
	// title is not 「关于XXXX年部分节假日安排的通知」). It is applied to the
	// year's rows, replacing those between From and To.
	Amends bool

	// Rows are the days the text names, sorted by date: each day of a
	// 放假 range or single 放假/补休 date, and each 上班 date. An extension
	// names no rows of its own; see Extends.
	Rows []DayRule

	// Extends, for a notice that extends a holiday (延长…假期至…), is the new
	// last day; Holiday names the holiday extended. Zero otherwise.
	Extends Date
	Holiday string
}

// NoticeError reports a notice text that cannot be read. It names the line
// of the text and the sentence, as published, that could not be read.
type NoticeError struct {
	Line     int    // 1-based line of the text; 0 for the text as a whole
	Sentence string // the sentence, or the line, as published
	Reason   string
}

func (e *NoticeError) Error() string {
	if e.Line == 0 {
		return "lawgov: notice text: " + e.Reason
	}
	return fmt.Sprintf("lawgov: notice text line %d %q: %s", e.Line, e.Sentence, e.Reason)
}

var (
	annualTitle   = regexp.MustCompile(`^国务院办公厅关于(\d{4})年部分节假日安排的通知$`)
	amendingTitle = regexp.MustCompile(`^国务院办公厅关于(?:调整|延长)(\d{4})年(.+?)(?:假期|放假)(?:安排)?的通知$`)
	documentLine  = regexp.MustCompile(`^国办发明电〔\d{4}〕\d{1,3}号$`)
	chineseDate   = regexp.MustCompile(`^(\d{4})年(\d{1,2})月(\d{1,2})日$`)
	itemLine      = regexp.MustCompile(`^[一二三四五六七八九十]{1,3}、`)
	itemLabel     = regexp.MustCompile(`^([^：，。（）0-9]{1,24})：`)
	// A date as the notices write it: 2018年12月30日, 2月15日, 23日, with
	// an optional note in full-width parentheses: （星期六）, （农历除夕、周二）.
	dateExpr   = regexp.MustCompile(`(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^（）]*)）)?`)
	totalDays  = regexp.MustCompile(`^共(\d{1,3})天$`)
	offDays    = regexp.MustCompile(`放假(\d{1,3})天`)
	extendExpr = regexp.MustCompile(`^延长(?:\d{4}年)?(.+?)假期至`)
)

var weekdayNotes = map[string]time.Weekday{
	"星期日": time.Sunday, "星期天": time.Sunday, "周日": time.Sunday, "周天": time.Sunday,
	"星期一": time.Monday, "周一": time.Monday, "星期二": time.Tuesday, "周二": time.Tuesday,
	"星期三": time.Wednesday, "周三": time.Wednesday, "星期四": time.Thursday, "周四": time.Thursday,
	"星期五": time.Friday, "周五": time.Friday, "星期六": time.Saturday, "周六": time.Saturday,
}

// ParseNotice reads the published text of a holiday notice: the annual
// arrangement (国务院办公厅关于XXXX年部分节假日安排的通知) or a notice that
// amends one (调整…假期安排, 延长…假期). The text is either as published —
// the title line, the 文号 line (国办发明电〔2025〕7号), the body and the
// date line (2025年11月4日) — or a body after a header block of
// "title:", "document:" and "date:" lines closed by "---".
//
// Only the numbered items (一、二、…) are read; the preamble, the closing
// paragraphs and sentences that name no 放假, 补休 or 上班 day (「鼓励各单位…
// 安排职工在除夕（2月9日）休息」) name no days. In an item
// 「X、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。」
// it reads:
//
//   - the holiday name before 「：」, which must be one the notices arrange
//     (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节; two joined by 「、」);
//     an amending notice names its holiday in the title;
//   - ranges (A至B) and single dates before 放假, 放假调休 or 补休: rest
//     days, weekends included; 「与周末连休」 and 「不调休」 add no days;
//   - 「共N天」 and 「放假N天」, which must equal the days named;
//   - dates before 上班: make-up working days, which must be a Saturday or
//     Sunday; 「…起正常上班」 names no day;
//   - every weekday in parentheses, which must match its date; lunar notes
//     (农历除夕) are kept as published and not checked;
//   - 「延长…假期至D」: the holiday runs on to D, applied to the year's rows.
//
// A year or month left out is the one before it in the sentence, or the
// notice's year. Every date must lie in the notice's year, or for 元旦 in
// the December before it, and be named once. A copy that shows 「，：（）」 as
// ASCII, or the 文号 in square brackets, reads the same. An error is a
// [*NoticeError] naming the line and the sentence.
func ParseNotice(text string) (NoticeText, error) {
	if len(text) > maxNoticeText {
		return NoticeText{}, &NoticeError{Reason: fmt.Sprintf("%d bytes, more than %d", len(text), maxNoticeText)}
	}
	if !utf8.ValidString(text) {
		return NoticeText{}, &NoticeError{Reason: "not UTF-8"}
	}
	lines := strings.Split(strings.ReplaceAll(strings.TrimPrefix(text, "\ufeff"), "\r\n", "\n"), "\n")
	for i := range lines {
		lines[i] = strings.Trim(lines[i], " \t\r\u3000")
	}
	if end := slices.Index(lines, "---"); end > 0 && strings.HasPrefix(lines[0], "title:") {
		fullWidth(lines[end+1:])
	} else {
		fullWidth(lines)
	}
	var nt NoticeText
	title, doc, date, bodyFrom, err := noticeHead(lines)
	if err != nil {
		return NoticeText{}, err
	}
	var y int
	if m := annualTitle.FindStringSubmatch(title); m != nil {
		y, _ = strconv.Atoi(m[1])
	} else if m := amendingTitle.FindStringSubmatch(title); m != nil {
		y, _ = strconv.Atoi(m[1])
		nt.Amends = true
		nt.Holiday = holidayIn(m[2])
		if nt.Holiday == "" {
			return NoticeText{}, &NoticeError{Reason: fmt.Sprintf("title %q names no holiday the notices arrange", title)}
		}
	} else {
		return NoticeText{}, &NoticeError{Reason: fmt.Sprintf("title %q is not that of a holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知)", title)}
	}
	if y < minYear+1 || y > maxYear {
		return NoticeText{}, &NoticeError{Reason: fmt.Sprintf("year %d out of range", y)}
	}
	nt.Notice = HolidayNotice{Year: y, Citation: Citation{Instrument: title, Document: doc, Version: date}}
	p := noticeParser{year: y, nt: &nt, seen: make(map[Date]bool)}
	for i := bodyFrom; i < len(lines); i++ {
		if !itemLine.MatchString(lines[i]) {
			continue
		}
		if err := p.item(i+1, lines[i]); err != nil {
			return NoticeText{}, err
		}
	}
	if len(nt.Rows) == 0 && nt.Extends.IsZero() {
		return NoticeText{}, &NoticeError{Reason: "no item names a 放假 or 上班 day"}
	}
	slices.SortFunc(nt.Rows, func(a, b DayRule) int { return a.Date.Compare(b.Date) })
	if nt.Amends && len(nt.Rows) > 0 {
		nt.Notice.From, nt.Notice.To = nt.Rows[0].Date, nt.Rows[len(nt.Rows)-1].Date
	}
	return nt, nil
}

// asciiPunct puts back the full-width punctuation of the notices where a
// copy shows it as ASCII, and writes the 文号 with 〔〕.
var asciiPunct = strings.NewReplacer(",", "，", ":", "：", "(", "（", ")", "）", ";", "；",
	"［", "〔", "］", "〕", "[", "〔", "]", "〕", "﹝", "〔", "﹞", "〕")

func fullWidth(lines []string) {
	for i, l := range lines {
		lines[i] = asciiPunct.Replace(l)
	}
}

// noticeHead finds the title, the 文号 and the date of the notice, and the
// first line of its body.
func noticeHead(lines []string) (title, doc string, date Date, body int, err error) {
	var dateText string
	if end := slices.Index(lines, "---"); end > 0 && strings.HasPrefix(lines[0], "title:") {
		for _, l := range lines[:end] {
			k, v, _ := strings.Cut(l, ":")
			v = strings.TrimSpace(v)
			switch k {
			case "title":
				title = v
			case "document":
				doc = v
			case "date":
				dateText = v
			}
		}
		body = end + 1
		if date, err = ParseDate(dateText); err != nil {
			return "", "", Date{}, 0, &NoticeError{Reason: fmt.Sprintf("header date %q: want YYYY-MM-DD", dateText)}
		}
	} else {
		for i, l := range lines {
			switch {
			case title == "" && strings.HasPrefix(l, "国务院办公厅关于"):
				title, body = l, i+1
			case doc == "" && documentLine.MatchString(l):
				doc = l
			case chineseDate.MatchString(l):
				dateText = l // the last one: the date line after the signature
			}
		}
		if m := chineseDate.FindStringSubmatch(dateText); m != nil {
			yy, _ := strconv.Atoi(m[1])
			mm, _ := strconv.Atoi(m[2])
			dd, _ := strconv.Atoi(m[3])
			date, err = NewDate(yy, time.Month(mm), dd)
		}
		if dateText == "" || err != nil {
			return "", "", Date{}, 0, &NoticeError{Reason: fmt.Sprintf("no valid date line (2025年11月4日) after the signature: %q", dateText)}
		}
	}
	switch {
	case title == "":
		return "", "", Date{}, 0, &NoticeError{Reason: "no title line (国务院办公厅关于…的通知)"}
	case doc == "":
		return "", "", Date{}, 0, &NoticeError{Reason: "no document number line (国办发明电〔YYYY〕N号)"}
	}
	return title, doc, date, body, nil
}

// holidayIn returns the holiday named in s, or "".
func holidayIn(s string) string {
	for _, h := range holidayNames {
		if strings.Contains(s, h) {
			return h
		}
	}
	return ""
}

type noticeParser struct {
	year int
	nt   *NoticeText
	seen map[Date]bool
}

// item reads one numbered item.
func (p *noticeParser) item(line int, text string) error {
	rest := itemLine.ReplaceAllString(text, "")
	name := p.nt.Holiday
	if m := itemLabel.FindStringSubmatch(rest); m != nil {
		if p.nt.Amends {
			return &NoticeError{Line: line, Sentence: text, Reason: "an amending notice names its holiday in the title"}
		}
		for _, n := range strings.Split(m[1], "、") {
			if !slices.Contains(holidayNames[:], n) {
				return &NoticeError{Line: line, Sentence: text, Reason: fmt.Sprintf("unknown holiday name %q", n)}
			}
		}
		name, rest = m[1], rest[len(m[0]):]
	}
	for _, s := range strings.Split(rest, "。") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if err := p.sentence(name, s); err != nil {
			return &NoticeError{Line: line, Sentence: s + "。", Reason: err.Error()}
		}
	}
	return nil
}

// sentence reads one sentence of an item.
func (p *noticeParser) sentence(name, s string) error {
	plain := dateExpr.ReplaceAllString(s, "D")
	switch {
	case plain == s:
		return nil // names no date, e.g. 「…安排补休」
	case extendExpr.MatchString(s):
		return p.extension(s)
	case strings.Contains(plain, "放假") || strings.Contains(plain, "补休"):
		return p.restDays(name, s)
	case strings.HasSuffix(plain, "起正常上班"):
		_, err := p.dates(s)
		return err
	case strings.HasSuffix(plain, "上班"):
		return p.workDays(name, s)
	}
	return nil // names no day, e.g. 鼓励…休息
}

// noticeDate is one date expression of a sentence.
type noticeDate struct {
	date  Date
	start int // byte offsets of the expression in the sentence
	end   int
}

// dates reads the date expressions of s in order, checking each weekday
// note against its date.
func (p *noticeParser) dates(s string) ([]noticeDate, error) {
	y, m := p.year, 0
	var out []noticeDate
	for _, loc := range dateExpr.FindAllStringSubmatchIndex(s, -1) {
		if loc[2] >= 0 {
			y, _ = strconv.Atoi(s[loc[2]:loc[3]])
		}
		if loc[4] >= 0 {
			m, _ = strconv.Atoi(s[loc[4]:loc[5]])
		}
		dd, _ := strconv.Atoi(s[loc[6]:loc[7]])
		if m == 0 {
			return nil, fmt.Errorf("%q names no month", s[loc[0]:loc[1]])
		}
		d, err := NewDate(y, time.Month(m), dd)
		if err != nil {
			return nil, fmt.Errorf("%q is not a date", s[loc[0]:loc[1]])
		}
		if dy := d.Year(); dy < p.year-1 || dy > p.year || (dy == p.year-1 && d.Month() != time.December) {
			return nil, fmt.Errorf("%s is outside %d and the December before it", d, p.year)
		}
		if loc[8] >= 0 {
			for _, note := range strings.FieldsFunc(s[loc[8]:loc[9]], func(r rune) bool { return r == '、' || r == '，' }) {
				if strings.HasPrefix(note, "农历") {
					continue
				}
				wd, ok := weekdayNotes[note]
				if !ok {
					return nil, fmt.Errorf("unknown note %q to %s", note, d)
				}
				if wd != d.Weekday() {
					return nil, fmt.Errorf("%s is a %s, not %s", d, weekdayCN[d.Weekday()], note)
				}
			}
		}
		out = append(out, noticeDate{date: d, start: loc[0], end: loc[1]})
	}
	return out, nil
}

// restDays reads 「A至B放假调休，共N天」, 「A放假，与周末连休」,
// 「A放假1天，不调休」 and 「A放假，B（星期一）补休」, clause by clause.
func (p *noticeParser) restDays(name, s string) error {
	ds, err := p.dates(s)
	if err != nil {
		return err
	}
	var all, group []Date // all rest days; those of the last clause naming dates
	at, k := 0, 0
	for _, clause := range clauses(s) {
		from, to := at, at+len(clause)
		at = to + len("，")
		var cds []noticeDate // the dates in order; none spans a comma outside parentheses
		for ; k < len(ds) && ds[k].end <= to; k++ {
			cds = append(cds, noticeDate{date: ds[k].date, start: ds[k].start - from, end: ds[k].end - from})
		}
		switch {
		case len(cds) > 0:
			if group, err = restClause(clause, cds); err != nil {
				return err
			}
			all = append(all, group...)
		case totalDays.MatchString(clause):
			if n, _ := strconv.Atoi(totalDays.FindStringSubmatch(clause)[1]); n != len(group) {
				return fmt.Errorf("共%d天, but the dates name %d days", n, len(group))
			}
		case clause == "与周末连休" || clause == "不调休":
		default:
			return fmt.Errorf("unknown clause %q", clause)
		}
	}
	for _, d := range all {
		if err := p.add(DayRule{Date: d, Kind: RestDay, Name: name}); err != nil {
			return err
		}
	}
	return nil
}

// clauses splits s at the commas outside parentheses.
func clauses(s string) []string {
	var out []string
	depth, from := 0, 0
	for i, r := range s {
		switch r {
		case '（':
			depth++
		case '）':
			depth--
		case '，':
			if depth == 0 {
				out = append(out, s[from:i])
				from = i + len("，")
			}
		}
	}
	return append(out, s[from:])
}

// restClause reads one clause 「A至B放假调休」, 「A放假1天」 or 「A、B补休」,
// whose dates are ds (offsets within the clause).
func restClause(clause string, ds []noticeDate) ([]Date, error) {
	kw := -1
	for _, k := range []string{"放假", "补休"} {
		if i := strings.Index(clause, k); i >= 0 && (kw < 0 || i < kw) {
			kw = i
		}
	}
	if kw < 0 {
		return nil, fmt.Errorf("clause %q names dates but no 放假 or 补休", clause)
	}
	if ds[0].start != 0 {
		return nil, fmt.Errorf("unexpected %q before %s", clause[:ds[0].start], ds[0].date)
	}
	var days []Date
	for i := 0; i < len(ds); i++ {
		d := ds[i]
		if d.start > kw {
			return nil, fmt.Errorf("date %s after %s", d.date, clause[kw:kw+len("放假")])
		}
		sep := clause[d.end:kw]
		if i+1 < len(ds) && ds[i+1].start < kw {
			sep = clause[d.end:ds[i+1].start]
		}
		switch {
		case sep == "至" && i+1 < len(ds):
			to := ds[i+1].date
			n := to.DaysSince(d.date) + 1
			if n < 2 || n > maxHolidayDays {
				return nil, fmt.Errorf("range %s to %s is not 2 to %d days", d.date, to, maxHolidayDays)
			}
			for k := 0; k < n; k++ {
				days = append(days, d.date.AddDays(k))
			}
			i++
		case sep == "、" && i+1 < len(ds) && ds[i+1].start < kw, sep == "":
			days = append(days, d.date)
		default:
			return nil, fmt.Errorf("unexpected %q after %s", sep, d.date)
		}
	}
	if m := offDays.FindStringSubmatch(clause); m != nil {
		if n, _ := strconv.Atoi(m[1]); n != len(days) {
			return nil, fmt.Errorf("放假%d天, but the dates name %d days", n, len(days))
		}
	} else if rest := clause[kw:]; rest != "放假" && rest != "放假调休" && rest != "补休" {
		return nil, fmt.Errorf("unexpected %q", rest)
	}
	return days, nil
}

// workDays reads 「A（星期六）、B（星期日）上班」.
func (p *noticeParser) workDays(name, s string) error {
	ds, err := p.dates(s)
	if err != nil {
		return err
	}
	if len(ds) == 0 {
		return fmt.Errorf("names no date before 上班")
	}
	for i, d := range ds {
		next := len(s) - len("上班")
		if i+1 < len(ds) {
			next = ds[i+1].start
		}
		if sep := s[d.end:next]; sep != "、" && i+1 < len(ds) || sep != "" && i+1 == len(ds) {
			return fmt.Errorf("unexpected %q after %s", sep, d.date)
		}
		if i == 0 && d.start != 0 {
			return fmt.Errorf("unexpected %q before %s", s[:d.start], d.date)
		}
		if wd := d.date.Weekday(); wd != time.Saturday && wd != time.Sunday {
			return fmt.Errorf("make-up working day %s is a %s, not a Saturday or Sunday", d.date, weekdayCN[wd])
		}
		if err := p.add(DayRule{Date: d.date, Kind: MakeUpWorkday, Name: name}); err != nil {
			return err
		}
	}
	return nil
}

// extension reads 「延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班」.
func (p *noticeParser) extension(s string) error {
	if !p.nt.Amends {
		return fmt.Errorf("an annual notice extends no holiday")
	}
	if h := holidayIn(extendExpr.FindStringSubmatch(s)[1]); h != p.nt.Holiday {
		return fmt.Errorf("extends %q, but the title names %q", h, p.nt.Holiday)
	}
	ds, err := p.dates(s)
	if err != nil {
		return err
	}
	if len(ds) == 0 {
		return fmt.Errorf("names no last day")
	}
	if !p.nt.Extends.IsZero() {
		return fmt.Errorf("a second extension")
	}
	p.nt.Extends = ds[0].date
	return nil
}

// add records r, rejecting a date named twice.
func (p *noticeParser) add(r DayRule) error {
	if r.Name == "" {
		return fmt.Errorf("the item names no holiday (「X、春节：…」)")
	}
	if r.Date.Year() < p.year && !strings.Contains(r.Name, "元旦") {
		return fmt.Errorf("%s is in %d: only 元旦 reaches into the December before", r.Date, r.Date.Year())
	}
	if p.seen[r.Date] {
		return fmt.Errorf("%s is named twice", r.Date)
	}
	p.seen[r.Date] = true
	p.nt.Rows = append(p.nt.Rows, r)
	return nil
}
