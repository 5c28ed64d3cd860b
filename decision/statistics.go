package decision

import (
	"fmt"

	"github.com/fazhi-go/fazhi/lawgov"
)

// FilingStats counts the filing of normative documents over a period, for
// the three rates the 内蒙古 2018 work report names: 「着力提高规范性文件报备率、
// 备案及时率和规范率」. The bases are a choice the report does not spell out:
// filed of published (报备率), filed on time of filed (备案及时率), and found
// compliant of reviewed on filing (规范率).
//
// The zero FilingStats has undefined rates.
type FilingStats struct {
	Published int64 `json:"published"`   // documents published in the period
	Filed     int64 `json:"filed"`       // of those, filed
	OnTime    int64 `json:"on_time"`     // of those filed, filed by the deadline
	Reviewed  int64 `json:"reviewed"`    // filed documents reviewed (备案审查)
	Compliant int64 `json:"compliant"`   // reviewed documents found compliant
	NoDue     int64 `json:"no_deadline"` // filed documents with no deadline to compare
}

// Basis returns the source that names the three rates: part 二(四)2 of the
// 内蒙古自治区人民政府法制办 2018 work report, 「着力提高规范性文件报备率、备案及时率和规范率」.
// No statute defines them; the bases of each rate are this package's choice.
func (FilingStats) Basis() lawgov.Citation { return neimenggu2018Filing }

// FilingRate returns 报备率 = Filed / Published.
func (s FilingStats) FilingRate() lawgov.Rate { return lawgov.Rate{Num: s.Filed, Den: s.Published} }

// TimelyRate returns 备案及时率 = OnTime / (Filed − NoDue).
func (s FilingStats) TimelyRate() lawgov.Rate {
	return lawgov.Rate{Num: s.OnTime, Den: s.Filed - s.NoDue}
}

// ComplianceRate returns 规范率 = Compliant / Reviewed.
func (s FilingStats) ComplianceRate() lawgov.Rate {
	return lawgov.Rate{Num: s.Compliant, Den: s.Reviewed}
}

// Tally counts docs published from from to to inclusive. A filed document
// without a deadline (a normative document where r has no FilingDeadline)
// counts in NoDue and is left out of the timeliness base.
func (r DocumentRules) Tally(docs []Document, from, to lawgov.Date, cal *lawgov.Calendar) (FilingStats, error) {
	var s FilingStats
	for _, doc := range docs {
		if doc.Published.IsZero() || doc.Published.Before(from) || doc.Published.After(to) {
			continue
		}
		s.Published++
		if doc.Filed.IsZero() {
			continue
		}
		s.Filed++
		due, _, ok, err := r.FilingDue(doc, cal)
		if err != nil {
			return FilingStats{}, err
		}
		switch {
		case !ok:
			s.NoDue++
		case !doc.Filed.After(due):
			s.OnTime++
		}
		if doc.FilingReviewed {
			s.Reviewed++
			if doc.FilingCompliant {
				s.Compliant++
			}
		}
	}
	return s, nil
}

// Cleanup is the tally of a cleanup (清理) of normative documents: how many
// were reviewed and the outcome of each. 鄂尔多斯 2021: 257 reviewed, 继续有效 153,
// 废止 46, 宣布失效 58.
//
// The zero Cleanup is an empty cleanup; it partitions trivially.
type Cleanup struct {
	Reviewed        int64 `json:"reviewed"`
	Continued       int64 `json:"continued"`        // 继续有效
	Amended         int64 `json:"amended"`          // 修改
	Repealed        int64 `json:"repealed"`         // 废止
	DeclaredInvalid int64 `json:"declared_invalid"` // 宣布失效
}

// TallyCleanup counts outcomes, one per document reviewed.
func TallyCleanup(outcomes []CleanupOutcome) (Cleanup, error) {
	var c Cleanup
	for i, o := range outcomes {
		switch o {
		case Continued:
			c.Continued++
		case Amended:
			c.Amended++
		case Repealed:
			c.Repealed++
		case DeclaredInvalid:
			c.DeclaredInvalid++
		default:
			return Cleanup{}, fmt.Errorf("decision: tally cleanup %q: outcome %d is not defined", o.String(), i)
		}
		c.Reviewed++
	}
	return c, nil
}

// Count returns the number of documents with outcome o.
func (c Cleanup) Count(o CleanupOutcome) int64 {
	switch o {
	case Continued:
		return c.Continued
	case Amended:
		return c.Amended
	case Repealed:
		return c.Repealed
	case DeclaredInvalid:
		return c.DeclaredInvalid
	}
	return 0
}

// Share returns the share of outcome o among the documents reviewed.
func (c Cleanup) Share(o CleanupOutcome) lawgov.Rate {
	return lawgov.Rate{Num: c.Count(o), Den: c.Reviewed}
}

// Partition reports whether the outcomes partition the documents reviewed:
// every count non-negative and their sum equal to Reviewed. It returns an
// error stating the sums otherwise.
func (c Cleanup) Partition() error {
	sum := c.Continued + c.Amended + c.Repealed + c.DeclaredInvalid
	if c.Continued < 0 || c.Amended < 0 || c.Repealed < 0 || c.DeclaredInvalid < 0 || c.Reviewed < 0 {
		return fmt.Errorf("decision: cleanup partition %q: negative count", fmt.Sprint(c.Reviewed))
	}
	if sum != c.Reviewed {
		return fmt.Errorf("decision: cleanup partition %q: outcomes sum to %d (%d+%d+%d+%d)",
			fmt.Sprint(c.Reviewed), sum, c.Continued, c.Amended, c.Repealed, c.DeclaredInvalid)
	}
	return nil
}
