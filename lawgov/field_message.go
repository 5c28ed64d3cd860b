package lawgov

import "strings"

// fieldMessages holds the English and Chinese wording of every rule a
// [FieldError] found in code or by a strict JSON decoder can name. In the
// templates {f} is the field path, {p} the rule's parameter and {v} the
// value given. Rules the validator found use its own translations.
var fieldMessages = map[string][2]string{ // rule → {en, zh}
	"required":         {"{f} is a required field", "{f}为必填字段"},
	"required_with":    {"{f} is required when {p} is present", "{f}在{p}存在时为必填字段"},
	"required_without": {"{f} is required when {p} is not present", "{f}在{p}不存在时为必填字段"},
	"excluded_with":    {"{f} must be absent when {p} is present", "{f}在{p}存在时不得填写"},
	"max":              {"{f} must be at most {p}", "{f}不能超过{p}"},
	"min":              {"{f} must be at least {p}", "{f}不能小于{p}"},
	"gtefield":         {"{f} must not be before {p}", "{f}不得早于{p}"},
	"ltefield":         {"{f} must not be after {p}", "{f}不得晚于{p}"},
	"isvalid":          {"{f} must be a valid value", "{f}必须是有效值"},
	"outcome":          {"{f} requires the outcome {p}", "{f}要求结果为{p}"},
	"gt":               {"{f} must be greater than {p}", "{f}必须大于{p}"},
	"unique":           {"{f} repeats an earlier entry", "{f}与前面的记录重复"},
	"known":            {"{f} refers to nothing known", "{f}引用的对象不存在"},
	"excluded":         {"{f} conflicts with another field", "{f}与其他字段冲突"},
	"acyclic":          {"{f} makes a cycle", "{f}形成循环引用"},
	"syntax":           {"the body is not valid JSON at byte {p}", "请求体不是有效的 JSON（第{p}字节处）"},
	"empty":            {"the body is empty", "请求体为空"},
	"one_value":        {"the body must hold one JSON value", "请求体只能包含一个 JSON 值"},
	"too_large":        {"the body is larger than {p} bytes", "请求体超过{p}字节"},
	"depth":            {"{f} is nested deeper than {p} levels", "{f}嵌套超过{p}层"},
	"type":             {"{f} must be {p}, got {v}", "{f}应为{p}，实际为{v}"},
	"range":            {"{f}: {v} is out of range", "{f}的值{v}超出范围"},
	"date":             {"{f}: {v} is not a date of the form 2006-01-02", "{f}的值{v}不是有效日期（格式为2006-01-02）"},
	"enum":             {"{f}: {v} is not a known code", "{f}的值{v}不是可接受的代码"},
	"parse":            {"{f}: {v} cannot be read", "{f}的值{v}无法识别"},
	"unknown":          {"unknown field {f}", "未知字段{f}"},
	"duplicate":        {"{f} appears more than once", "{f}重复出现"},
	"case":             {"{f} differs only in case from the field {p} (keys are case-sensitive)", "{f}与字段{p}仅大小写不同（键名区分大小写）"},
}

// jsonKindsZH names the JSON kinds of a "type" problem in Chinese.
var jsonKindsZH = map[string]string{
	"string": "字符串", "number": "数字", "integer": "整数", "boolean": "布尔值",
	"object": "对象", "array": "数组", "null": "null",
}

// localMessage renders f by the template of its rule in lang, reporting
// false when the rule has none.
func (f FieldError) localMessage(lang string) (string, bool) {
	t, ok := fieldMessages[f.Rule]
	if !ok {
		return "", false
	}
	msg, p, v := t[0], f.Param, `"`+f.Value+`"`
	if lang == "zh" {
		msg, v = t[1], "「"+f.Value+"」"
	}
	if f.Rule == "type" {
		// Param and Value name JSON kinds: string, integer, object, …
		v = f.Value
		if lang == "zh" {
			p, v = jsonKindsZH[p], jsonKindsZH[f.Value]
		}
	}
	msg = strings.NewReplacer("{f}", f.Field, "{p}", p, "{v}", v).Replace(msg)
	if lang != "zh" && f.Msg != "" {
		// English keeps the facts the check stated.
		msg += " (" + f.Msg + ")"
	}
	return msg, true
}
