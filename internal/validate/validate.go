// Package validate holds the module's one validator instance. The validator
// documentation asks for a singleton ("designed to be thread-safe and used as
// a singleton") and says Register* is not thread-safe, so every custom tag
// and translation is registered once, inside the constructor, before first use.
package validate

import (
	"errors"
	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/zh"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	entrans "github.com/go-playground/validator/v10/translations/en"
	zhtrans "github.com/go-playground/validator/v10/translations/zh"
)

type instance struct {
	v   *validator.Validate
	uni *ut.UniversalTranslator
}

var get = sync.OnceValue(func() instance {
	v := validator.New(validator.WithRequiredStructEnabled())
	// Field paths use JSON names, the names callers send.
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			return ""
		case "":
			return f.Name
		}
		return name
	})
	// isvalid calls IsValid on enums, dates and citations.
	if err := v.RegisterValidation("isvalid", func(fl validator.FieldLevel) bool {
		if iv, ok := fl.Field().Interface().(interface{ IsValid() bool }); ok {
			return iv.IsValid()
		}
		return false
	}); err != nil {
		panic(err)
	}
	enT, zhT := en.New(), zh.New()
	uni := ut.New(enT, enT, zhT)
	tEN, _ := uni.GetTranslator("en")
	tZH, _ := uni.GetTranslator("zh")
	if err := entrans.RegisterDefaultTranslations(v, tEN); err != nil {
		panic(err)
	}
	if err := zhtrans.RegisterDefaultTranslations(v, tZH); err != nil {
		panic(err)
	}
	for _, t := range []struct {
		tr  ut.Translator
		msg string
	}{{tEN, "{0} must be a valid value"}, {tZH, "{0}必须是有效值"}} {
		tr, msg := t.tr, t.msg
		if err := v.RegisterTranslation("isvalid", tr, func(ut ut.Translator) error {
			return ut.Add("isvalid", msg, true)
		}, func(ut ut.Translator, fe validator.FieldError) string {
			s, _ := ut.T("isvalid", fe.Field())
			return s
		}); err != nil {
			panic(err)
		}
	}
	return instance{v: v, uni: uni}
})

// Struct validates s by its validate tags. It returns nil,
// validator.ValidationErrors, or another error when s is not a struct.
func Struct(s any) error {
	err := get().v.Struct(s)
	var inv *validator.InvalidValidationError
	if errors.As(err, &inv) {
		return errors.New("not a struct")
	}
	return err
}

// Translate renders one field error in lang ("zh" or "en"; anything else
// is English).
func Translate(fe validator.FieldError, lang string) string {
	if lang != "zh" {
		lang = "en"
	}
	tr, _ := get().uni.GetTranslator(lang)
	return fe.Translate(tr)
}
