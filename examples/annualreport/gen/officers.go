package main

import (
	"fmt"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

var (
	surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢")
	given    = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉斌宇浩凯健俊帆帅旭宁龙林欣晨阳雪琳")
)

// profile is what happens to an officer; the shares shape the roster.
type profile uint8

const (
	pActive profile = iota
	pChangedReported
	pChangeOverdue
	pChangePending
	pRemoved
	pOneFailure
	pQualified
	pSuspended
	pExpired
	pRevoked
	pCancelled
	pIneligible
	pReadmitted
)

func (x *g) profile() profile {
	r := x.rng.IntN(1000)
	switch {
	case r < 16:
		return pChangeOverdue
	case r < 20:
		return pChangePending
	case r < 29:
		return pRemoved
	case r < 40:
		return pOneFailure
	case r < 54:
		return pQualified
	case r < 58:
		return pSuspended
	case r < 74:
		return pExpired
	case r < 76:
		return pRevoked
	case r < 88:
		return pCancelled
	case r < 108:
		return pIneligible
	case r < 110:
		return pReadmitted
	case r < 330:
		return pChangedReported
	}
	return pActive
}

// officer is a generated officer with the profile that shaped it, and the
// copy of the county it belongs to (0 at scale 1).
type officer struct {
	enforcement.Officer
	profile profile
	copy    int
}

func (x *g) name() string {
	s := string(surnames[x.rng.IntN(len(surnames))]) + string(given[x.rng.IntN(len(given))])
	if x.pct(60) {
		s += string(given[x.rng.IntN(len(given))])
	}
	return s
}

func (x *g) officers() []officer {
	total := 0
	for _, u := range unitRows {
		total += u.officers * x.scale
	}
	out := make([]officer, 0, total)
	idWidth, numberWidth := width(5, total), width(6, total)
	seq := 0
	for _, u := range unitRows {
		for i := range u.officers * x.scale {
			seq++
			o := x.officer(seq, u, idWidth, numberWidth)
			o.copy = i / u.officers
			out = append(out, o)
		}
	}
	return out
}

// officer draws officer number seq of unit u; its ID and credential
// numbers pad seq to idWidth and numberWidth digits.
func (x *g) officer(seq int, u unitRow, idWidth, numberWidth int) officer {
	p := x.profile()
	o := enforcement.Officer{
		ID: fmt.Sprintf("QX%0*d", idWidth, seq), Name: x.name(), Unit: u.name, Employment: enforcement.CivilServant,
		Fields: []string{u.field}, Region: region,
	}
	if x.pct(30) {
		o.Employment = enforcement.CareerStaff
	}
	number := func(k int) string { return fmt.Sprintf("QX%0*d%d", numberWidth, seq, k) }
	ev := func(k enforcement.EventKind, on lawgov.Date) enforcement.Event {
		return enforcement.Event{Kind: k, Date: on}
	}
	issue := func(on lawgov.Date, k int) enforcement.Event {
		return enforcement.Event{Kind: enforcement.CredentialIssued, Date: on, Number: number(k),
			Fields: []string{u.field}, Region: region, Expires: on.AddYears(6).AddDays(-1)}
	}
	// The usual start: training, a passed exam, a credential.
	start := func(trained lawgov.Date) []enforcement.Event {
		exam := trained.AddDays(20 + x.rng.IntN(30))
		return []enforcement.Event{ev(enforcement.TrainingCompleted, trained), {Kind: enforcement.ExamAttempt, Date: exam, Passed: true},
			issue(exam.AddDays(15+x.rng.IntN(30)), 1)}
	}
	var h []enforcement.Event
	switch p {
	case pActive:
		h = start(x.between(d(2020, 1, 1), d(2024, 6, 30)))
	case pChangedReported:
		h = start(x.between(d(2020, 1, 1), d(2023, 6, 30)))
		ch := x.between(h[2].Date.AddDays(60), d(2025, 10, 31))
		rep := ch.AddDays(3 + x.rng.IntN(25))
		h = append(h, enforcement.Event{Kind: enforcement.InformationChanged, Date: ch, What: x.changeWhat()},
			ev(enforcement.ChangeReported, rep), enforcement.Event{Kind: enforcement.CredentialReissued, Date: rep.AddDays(10 + x.rng.IntN(20)),
				Number: number(2), Fields: []string{u.field}, Region: region, Expires: h[2].Expires})
	case pChangeOverdue:
		h = start(x.between(d(2020, 1, 1), d(2023, 6, 30)))
		h = append(h, enforcement.Event{Kind: enforcement.InformationChanged, Date: x.between(d(2025, 2, 1), d(2025, 11, 20)), What: x.changeWhat()})
	case pChangePending:
		h = start(x.between(d(2020, 1, 1), d(2023, 6, 30)))
		h = append(h, enforcement.Event{Kind: enforcement.InformationChanged, Date: x.between(d(2025, 12, 5), d(2025, 12, 26)), What: x.changeWhat()})
	case pRemoved:
		t := x.between(d(2024, 3, 1), d(2025, 6, 30))
		f1 := t.AddDays(20 + x.rng.IntN(20))
		h = []enforcement.Event{ev(enforcement.TrainingCompleted, t), {Kind: enforcement.ExamAttempt, Date: f1},
			{Kind: enforcement.ExamAttempt, Date: f1.AddDays(90 + x.rng.IntN(90))}}
	case pOneFailure:
		t := x.between(d(2025, 3, 1), d(2025, 10, 31))
		h = []enforcement.Event{ev(enforcement.TrainingCompleted, t), {Kind: enforcement.ExamAttempt, Date: t.AddDays(25 + x.rng.IntN(20))}}
	case pQualified:
		t := x.between(d(2025, 9, 15), d(2025, 11, 15))
		h = []enforcement.Event{ev(enforcement.TrainingCompleted, t), {Kind: enforcement.ExamAttempt, Date: t.AddDays(20 + x.rng.IntN(20)), Passed: true}}
	case pSuspended:
		h = start(x.between(d(2020, 1, 1), d(2023, 6, 30)))
		s := x.between(d(2025, 9, 1), d(2025, 12, 15))
		h = append(h, enforcement.Event{Kind: enforcement.Suspended, Date: s, Until: s.AddMonths(3 + x.rng.IntN(4)), Decision: "清司执〔2025〕暂扣决定"})
	case pExpired:
		h = start(x.between(d(2017, 1, 1), d(2019, 12, 31)))
		if !h[2].Expires.Before(asOf) {
			h[2].Expires = x.between(d(2025, 1, 1), d(2025, 12, 20))
		}
	case pRevoked:
		h = start(x.between(d(2020, 1, 1), d(2023, 6, 30)))
		h = append(h, enforcement.Event{Kind: enforcement.Revoked, Date: x.between(d(2025, 3, 1), d(2025, 11, 30)), Decision: "清司执〔2025〕吊销决定"})
	case pCancelled:
		h = start(x.between(d(2017, 6, 1), d(2021, 6, 30)))
		h = append(h, enforcement.Event{Kind: enforcement.Cancelled, Date: x.between(d(2024, 1, 1), d(2025, 11, 30)), Decision: "退休、调离注销"})
	case pIneligible:
		o.Employment = []enforcement.EmploymentType{enforcement.ContractWorker, enforcement.DispatchedWorker, enforcement.TemporaryWorker, enforcement.ServiceWorker}[x.rng.IntN(4)]
		h = []enforcement.Event{ev(enforcement.TrainingCompleted, x.between(d(2024, 1, 1), d(2025, 10, 31)))}
	case pReadmitted:
		t := x.between(d(2022, 3, 1), d(2023, 3, 1))
		f1 := t.AddDays(30)
		f2 := f1.AddDays(120)
		r := f2.AddDays(200)
		h = []enforcement.Event{ev(enforcement.TrainingCompleted, t), {Kind: enforcement.ExamAttempt, Date: f1}, {Kind: enforcement.ExamAttempt, Date: f2},
			{Kind: enforcement.Readmitted, Date: r, Decision: "清司执〔2024〕重新纳入决定"}}
		h = append(h, start(r.AddDays(30))...)
		h[len(h)-1].Number = number(2)
	}
	o.History = h
	return officer{Officer: o, profile: p}
}

func (x *g) changeWhat() string {
	return []string{"所属执法机构名称", "职务", "执法区域", "姓名（更名）", "执法类别"}[x.rng.IntN(5)]
}
