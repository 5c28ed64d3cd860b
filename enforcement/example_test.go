package enforcement_test

import (
	"fmt"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

func exampleOfficer() enforcement.Officer {
	return enforcement.Officer{ID: "CB002", Name: "刘芳", Unit: "市市场监管局", Employment: enforcement.CivilServant,
		History: []enforcement.Event{
			{Kind: enforcement.TrainingCompleted, Date: lawgov.MustParseDate("2022-03-01")},
			{Kind: enforcement.ExamAttempt, Date: lawgov.MustParseDate("2022-04-10"), Passed: true},
			{Kind: enforcement.CredentialIssued, Date: lawgov.MustParseDate("2022-05-06"), Number: "4212810002",
				Fields: []string{"市场监管"}, Region: "赤壁市", Expires: lawgov.MustParseDate("2027-05-05")},
			{Kind: enforcement.InformationChanged, Date: lawgov.MustParseDate("2024-03-02"), What: "所属执法机构名称"},
		}}
}

func ExampleRuleSet_StatusAt() {
	rs := enforcement.Chibi()
	for _, day := range []string{"2024-04-01", "2024-04-02"} {
		st, err := rs.StatusAt(exampleOfficer(), lawgov.MustParseDate(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day, st.State, st.State.Label())
	}
	st, _ := rs.StatusAt(exampleOfficer(), lawgov.MustParseDate("2024-04-02"))
	fmt.Println(st.Findings()[0].Message)
	// Output:
	// 2024-04-01 active 持证有效
	// 2024-04-02 change_overdue 变更逾期未报告
	// 2024-03-02 执法证登载信息变更（所属执法机构名称），报告期限30日，届满日 2024-04-01，至 2024-04-02 仍未报告，超过30日，逾期1日
}

func ExampleRuleSet_CanEnforce() {
	a, err := enforcement.Chibi().CanEnforce(exampleOfficer(), lawgov.MustParseDate("2024-03-20"), "城市管理", "赤壁市")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.OK)
	for _, f := range a.Findings {
		fmt.Println(f.Outcome, f.Rule)
	}
	// Output:
	// false
	// pass enforcement.qualification
	// pass enforcement.change-report
	// fail enforcement.credential-coverage
}

func ExampleRegistry_Apply() {
	reg, _ := enforcement.NewRegistry(enforcement.Chibi())
	_ = reg.Add(enforcement.Officer{ID: "CB004", Name: "王磊", Unit: "市城市管理执法局", Employment: enforcement.CivilServant})
	err := reg.Apply("CB004",
		enforcement.Event{Kind: enforcement.TrainingCompleted, Date: lawgov.MustParseDate("2023-03-01")},
		enforcement.Event{Kind: enforcement.ExamAttempt, Date: lawgov.MustParseDate("2023-04-08")},
		enforcement.Event{Kind: enforcement.ExamAttempt, Date: lawgov.MustParseDate("2023-10-14")})
	fmt.Println(err)
	err = reg.Apply("CB004", enforcement.Event{Kind: enforcement.ExamAttempt, Date: lawgov.MustParseDate("2024-01-10"), Passed: true})
	fmt.Println(err)
	st, _ := reg.StatusAt("CB004", lawgov.MustParseDate("2024-01-10"))
	fmt.Println(st.State.Label())
	// Output:
	// <nil>
	// enforcement: apply "exam_attempt" event of 2024-01-10 to officer "CB004": officer removed from the database on 2023-10-14 and not re-admitted
	// 已从信息库清除
}

func ExampleRegistry_Sweep() {
	reg, _ := enforcement.NewRegistry(enforcement.Chibi())
	_ = reg.Add(exampleOfficer())
	res, _ := reg.Sweep(lawgov.MustParseDate("2024-04-02"), enforcement.SweepOptions{})
	for _, e := range res.ChangeOverdue {
		fmt.Println(e.Officer, e.Since, e.Due)
	}
	fmt.Println(res.ByUnit["市市场监管局"].Of(enforcement.StateChangeOverdue))
	// Output:
	// CB002 2024-03-02 2024-04-01
	// 1
}

func ExampleCheck() {
	reg, _ := enforcement.NewRegistry(enforcement.Chibi())
	o := exampleOfficer()
	o.History = o.History[:3]
	_ = reg.Add(o)
	rep, err := enforcement.Check(enforcement.Action{
		ID: "赤市监检〔2024〕5号", Kind: enforcement.Inspection, Field: "市场监管", Region: "赤壁市",
		Date: lawgov.MustParseDate("2024-03-05"), Officers: []string{"CB002"}, CredentialsShown: []string{"CB002"},
		Records: []enforcement.Stage{enforcement.StageStart, enforcement.StageInvestigation},
	}, lawgov.MustParseDate("2024-03-06"), reg, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Failures() {
		fmt.Println(f.Rule, f.Message)
	}
	// Output:
	// enforcement.two-officers 执法人员1人，少于两人
}

func ExampleOffence_Exemption() {
	f := enforcement.Offence{FirstTime: true, HarmMinor: true, Harm: true, Corrected: true}
	ex, basis := f.Exemption()
	fmt.Println(ex.Label(), basis)
	// Output:
	// 可以不予行政处罚 《中华人民共和国行政处罚法》第三十三条第一款
}

func ExampleRegistry_Draw() {
	reg, _ := enforcement.NewRegistry(enforcement.Chibi())
	for _, id := range []string{"A", "B", "C"} {
		o := exampleOfficer()
		o.ID, o.History = id, o.History[:3]
		_ = reg.Add(o)
	}
	res, err := reg.Draw(enforcement.DrawRequest{Seed: 42, Date: lawgov.MustParseDate("2024-03-05"), Field: "市场监管", Region: "赤壁市",
		Targets: []enforcement.Target{{ID: "T1"}, {ID: "T2"}, {ID: "T3"}, {ID: "T4"}}, Count: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(res.Assignments), len(res.Assignments[0].Inspectors), len(res.Digest))
	fmt.Println(enforcement.Verify(res))
	// Output:
	// 2 2 64
	// <nil>
}

func ExampleChibi() {
	rs := enforcement.Chibi()
	fmt.Println(rs.ChangeReport.Period, rs.Exams.MaxFailures, rs.Exams.Consequence.Label())
	fmt.Println(rs.ChangeReport.Basis)
	// Output:
	// 30日 2 从执法人员信息库中清除
	// 《赤壁市2019年推进依法行政建设法治政府工作要点》（赤政发〔2019〕7号）第(十六)项
}

// A coercive measure is judged under 行政强制法: two officers always, prior
// approval, a signed on-site record and, for 扣押, the 30-day period.
func ExampleCheck_coerciveMeasure() {
	reg, _ := enforcement.NewRegistry(enforcement.Chibi())
	a1, a2 := exampleOfficer(), exampleOfficer()
	a1.ID, a2.ID = "CB001", "CB007"
	a1.History, a2.History = a1.History[:3], a2.History[:3]
	if err := reg.Add(a1, a2); err != nil {
		fmt.Println(err)
		return
	}
	a := enforcement.Action{ID: "赤市监强〔2024〕3号", Kind: enforcement.CoerciveMeasure, Field: "市场监管", Region: "赤壁市",
		Date: lawgov.MustParseDate("2024-09-20"), Officers: []string{"CB001", "CB007"}, CredentialsShown: []string{"CB001", "CB007"},
		Records: []enforcement.Stage{enforcement.StageStart, enforcement.StageInvestigation},
		Coercion: &enforcement.Coercion{Measure: enforcement.Seize, Approved: lawgov.MustParseDate("2024-09-20"),
			Record: enforcement.SiteRecord{Made: true, OfficersSigned: true, PartyPresent: true, RefusalNoted: true, Informed: true, Heard: true}}}
	rep, err := enforcement.Check(a, lawgov.MustParseDate("2024-10-22"), reg, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []lawgov.RuleID{"enforcement.coercion-approval", "enforcement.coercion-site-record", "enforcement.seizure-period"} {
		f := rep.Find(id)[0]
		fmt.Println(f.Outcome, f.Message)
	}
	// Output:
	// pass 负责人 2024-09-20 批准，2024-09-20 实施扣押
	// pass 现场笔录已制作，执法人员签名，当事人拒绝签名，已在笔录中注明
	// fail 2024-09-20 扣押，期限30日，届满 2024-10-21，至 2024-10-22 仍未解除
}

// A draw is verified against the registry: a pool that does not match the
// officers able to enforce on the draw date is rejected.
func ExampleRegistry_VerifyDraw() {
	reg, _ := enforcement.NewRegistry(enforcement.Chibi())
	for _, id := range []string{"CB001", "CB003", "CB007"} {
		o := exampleOfficer()
		o.ID, o.History = id, o.History[:3]
		_ = reg.Add(o)
	}
	res, err := reg.Draw(enforcement.DrawRequest{Seed: 20240402, Date: lawgov.MustParseDate("2024-04-02"), Field: "市场监管", Region: "赤壁市",
		Targets: []enforcement.Target{{ID: "91421281MA001", Name: "赤壁市某超市"}, {ID: "91421281MA002", Name: "赤壁市某药店"}}, Count: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reg.VerifyDraw(res))
	// Suspended on 2024-04-01, recorded after the draw.
	_ = reg.Apply("CB003", enforcement.Event{Kind: enforcement.Suspended, Date: lawgov.MustParseDate("2024-04-01")})
	fmt.Println(reg.VerifyDraw(res) != nil)
	// Output:
	// <nil>
	// true
}

// A snapshot carries a SHA-256 chain over every officer's events; keep its
// head apart and restore against it.
func ExampleRegistry_RestoreVerified() {
	reg, _ := enforcement.NewRegistry(enforcement.Chibi())
	_ = reg.Add(exampleOfficer())
	snap, _ := reg.Snapshot()
	head, _ := enforcement.SnapshotHead(snap)

	other, _ := enforcement.NewRegistry(enforcement.Chibi())
	fmt.Println(other.RestoreVerified(snap, head), other.Len())
	// Output:
	// <nil> 1
}
