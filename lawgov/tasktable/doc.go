// Package tasktable reads and writes the files a work plan lives in: the
// task decomposition table (任务分解表) that offices keep in Excel or WPS,
// as XLSX or CSV, and the countdown ledger (倒计时工作台账) handed back as
// XLSX or CSV.
//
// It is apart from package lawgov so that a program that needs only dates,
// the calendar and rates does not link a spreadsheet library.
//
// # Reading a task table
//
// [Read] recognises the file by its first bytes and calls [ReadXLSX] or
// [ReadCSV]. Tables are read the way Excel and WPS save them: title rows
// above the header, a two-row header whose upper cells group the lower ones
// (责任单位 over 牵头单位 and 配合单位), merged cells (a merged range gives its
// value to every cell it covers), real date cells in the 1900 and 1904 date
// systems, formulas by their cached value, and several sheets (the first
// with a recognised header, or the one named in [Options]). CSV may be UTF-8,
// with or without a byte order mark, or GB18030/GBK as 「CSV（逗号分隔）」
// saves it on a Chinese Windows desktop. Old .xls files (BIFF) and
// password-protected workbooks are recognised and rejected with
// [ErrLegacyFormat], telling the user to save the file as .xlsx.
//
// Every problem is an [*Error] naming the sheet, row, column (by letter and
// header) and the cell's text; all problems of a table are reported
// together and no plan is returned. [Limits] bound the size of what is
// read, so a crafted file returns an error wrapping [ErrLimit] in bounded
// time and memory instead of exhausting the host.
//
// # Writing the ledger
//
// [WriteXLSX] writes the ledger of a plan as of a date as offices hand it in:
// a sheet of all tasks with their countdown and state, and a per-unit
// summary sheet. [WriteCSV] writes the task sheet as CSV (UTF-8 with a byte
// order mark so Excel opens it correctly, or GB18030). Reading the
// exported workbook back gives the same plan.
package tasktable
