package lawgov

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/fazhi-go/fazhi/internal/cnnum"
)

// ReminderItem is one task share, or one cycle of a recurring duty, that a
// reminder (催办) names. The zero ReminderItem is invalid.
type ReminderItem struct {
	Task         string     `json:"task"`
	Title        string     `json:"title"`
	Role         Role       `json:"role"`
	Cycle        string     `json:"cycle,omitempty"` // recurring duties: the cycle, e.g. 2019年7月
	Deadline     Deadline   `json:"deadline"`
	Due          Date       `json:"due"`
	Status       TaskStatus `json:"status"` // StatusOverdue or StatusDueSoon
	DaysLeft     int        `json:"days_left"`
	WorkdaysLeft int        `json:"workdays_left"`
	Missing      string     `json:"missing"` // what is missing, in Chinese, e.g. 尚未报告完成
}

// Reminder is the reminder notice (催办通知) for one unit: its shares, as lead
// or responsible unit, of tasks overdue or due within the window asked.
// The zero Reminder names no unit.
type Reminder struct {
	Unit     UnitID         `json:"unit"`
	UnitName string         `json:"unit_name"`
	AsOf     Date           `json:"as_of"`
	Items    []ReminderItem `json:"items"`
}

// Reminders returns, as of asOf, a reminder for every unit with a lead or
// responsible share that is overdue or due within the next within working
// days and not complete, in directory order; each lists its items in plan
// order, a recurring duty once per such cycle. A negative within lists
// overdue shares only.
func (l *Ledger) Reminders(asOf Date, within int) ([]Reminder, error) {
	if err := l.checkAsOf(asOf); err != nil {
		return nil, err
	}
	var out []Reminder
	for _, u := range l.dir.units {
		rem := Reminder{Unit: u.ID, UnitName: u.Name, AsOf: asOf}
		for _, r := range l.byUnit[u.ID] {
			lt := &l.tasks[r.task]
			if int(r.slot) >= lt.assessed {
				continue
			}
			st, err := l.state(int(r.task), int(r.slot), asOf)
			if err != nil {
				return nil, err
			}
			item := ReminderItem{Task: lt.task.ID, Title: lt.task.Title, Role: st.Role, Deadline: lt.task.Deadline}
			due := func(status TaskStatus, d Date, days, wd int) bool {
				switch {
				case status.IsDone() || status == StatusNotApplicable || d.IsZero():
					return false
				case asOf.After(d):
					item.Status = StatusOverdue
				case wd <= within:
					item.Status = StatusDueSoon
				default:
					return false
				}
				item.Due, item.DaysLeft, item.WorkdaysLeft = d, days, wd
				return true
			}
			if len(st.Cycles) > 0 {
				for _, c := range st.Cycles {
					if due(c.Status, c.Due, c.DaysLeft, c.WorkdaysLeft) {
						item.Cycle, item.Missing = c.Label, "尚未报告本期完成情况"
						rem.Items = append(rem.Items, item)
					}
				}
				continue
			}
			if due(st.Status, st.Due, st.DaysLeft, st.WorkdaysLeft) {
				item.Missing = "尚未报告完成"
				if st.Short > 0 {
					item.Missing += fmt.Sprintf("，数量尚差%d%s（要求%s）", st.Short, st.Quota.Measure, st.Quota)
				}
				rem.Items = append(rem.Items, item)
			}
		}
		if len(rem.Items) > 0 {
			out = append(out, rem)
		}
	}
	return out, nil
}

// Notice renders the reminder as the Chinese notice a 法治办 sends: the
// unit addressed, the plan, and one numbered paragraph per item naming the
// task, its deadline, how long it is overdue or how long is left, and what
// is missing.
func (r Reminder) Notice(p Plan) string {
	var b strings.Builder
	b.WriteString("关于督促办理法治政府建设工作任务的通知\n\n")
	b.WriteString(r.UnitName + "：\n\n")
	src := "《" + p.Title + "》"
	if p.Document != "" {
		src += "（" + p.Document + "）"
	}
	fmt.Fprintf(&b, "根据%s，截至%s，你单位承担的以下%d项工作任务已逾期或即将到期，请抓紧办理，并及时报送进展和佐证材料：\n\n", src, r.AsOf.Chinese(), len(r.Items))
	for i, it := range r.Items {
		fmt.Fprintf(&b, "%s、%s %s", cnnum.Format(i+1), it.Task, it.Title)
		if it.Cycle != "" {
			b.WriteString("（" + it.Cycle + "）")
		}
		fmt.Fprintf(&b, "，%s单位，完成时限%s（%s），", it.Role.Label(), it.Due.Chinese(), it.Deadline)
		if it.Status == StatusOverdue {
			fmt.Fprintf(&b, "已逾期%d日（%d个工作日）", -it.DaysLeft, -it.WorkdaysLeft)
		} else if it.DaysLeft == 0 {
			b.WriteString("今日到期")
		} else {
			b.WriteString("剩余" + strconv.Itoa(it.DaysLeft) + "日（" + strconv.Itoa(it.WorkdaysLeft) + "个工作日）")
		}
		b.WriteString("，" + it.Missing + "。\n")
	}
	return b.String()
}
