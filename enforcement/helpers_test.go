package enforcement_test

import (
	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

var d = lawgov.MustParseDate

func ev(kind enforcement.EventKind, date string) enforcement.Event {
	return enforcement.Event{Kind: kind, Date: d(date)}
}

func exam(date string, passed bool) enforcement.Event {
	return enforcement.Event{Kind: enforcement.ExamAttempt, Date: d(date), Passed: passed}
}

func issue(date, number string) enforcement.Event {
	return enforcement.Event{Kind: enforcement.CredentialIssued, Date: d(date), Number: number,
		Fields: []string{"市场监管"}, Region: "赤壁市", Expires: d("2028-12-31")}
}

// twiceFailed is trained and failed the exam on 2023-02-01 and 2023-05-01:
// removed from the database under 赤政发〔2019〕7号 第(十六)项.
func twiceFailed(id, unit string) enforcement.Officer {
	return enforcement.Officer{ID: id, Name: "李" + id, Unit: unit, Employment: enforcement.CivilServant,
		History: []enforcement.Event{ev(enforcement.TrainingCompleted, "2023-01-10"), exam("2023-02-01", false), exam("2023-05-01", false)}}
}

// activeOfficer is trained, passed and holds credential number from 2023.
func activeOfficer(id, unit string) enforcement.Officer {
	return enforcement.Officer{ID: id, Name: "张" + id, Unit: unit, Employment: enforcement.CivilServant,
		Fields: []string{"市场监管"}, Region: "赤壁市",
		History: []enforcement.Event{
			ev(enforcement.TrainingCompleted, "2023-01-10"),
			exam("2023-02-01", true),
			issue("2023-03-01", "42-"+id),
		}}
}
