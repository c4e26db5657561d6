package cvparse

// languageLabels name the languages parsing finds, in the languages of the
// application.
var languageLabels = map[string]map[string]string{
	"nl": {"nl": "Nederlands", "en": "Engels", "de": "Duits", "fr": "Frans", "es": "Spaans", "it": "Italiaans", "pl": "Pools", "pt": "Portugees", "tr": "Turks", "ar": "Arabisch", "ru": "Russisch", "ro": "Roemeens", "zh": "Chinees"},
	"en": {"nl": "Dutch", "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pl": "Polish", "pt": "Portuguese", "tr": "Turkish", "ar": "Arabic", "ru": "Russian", "ro": "Romanian", "zh": "Chinese"},
	"de": {"nl": "Niederländisch", "en": "Englisch", "de": "Deutsch", "fr": "Französisch", "es": "Spanisch", "it": "Italienisch", "pl": "Polnisch", "pt": "Portugiesisch", "tr": "Türkisch", "ar": "Arabisch", "ru": "Russisch", "ro": "Rumänisch", "zh": "Chinesisch"},
	"fr": {"nl": "Néerlandais", "en": "Anglais", "de": "Allemand", "fr": "Français", "es": "Espagnol", "it": "Italien", "pl": "Polonais", "pt": "Portugais", "tr": "Turc", "ar": "Arabe", "ru": "Russe", "ro": "Roumain", "zh": "Chinois"},
}

// LanguageName is a language's name in lang (else English, else its code).
func LanguageName(code, lang string) string {
	if n := languageLabels[lang][code]; n != "" {
		return n
	}
	if n := languageLabels["en"][code]; n != "" {
		return n
	}
	return code
}

// LevelScore is a language level as a skill level (1 to 5): A1 1, A2 2,
// B1 3, B2 4, C1, C2 and native 5; 0 when unknown.
func LevelScore(level string) int {
	switch level {
	case "A1":
		return 1
	case "A2":
		return 2
	case "B1":
		return 3
	case "B2":
		return 4
	case "C1", "C2", "native":
		return 5
	}
	return 0
}
