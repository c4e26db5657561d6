package office

// routesDocs are the routes of notes, attachments, portal messages and the
// admin settings.
func (a *App) routesDocs() []Route {
	var r []Route
	for _, p := range subjectPaths {
		r = append(r,
			Route{"POST /office/" + p.Segment + "/{id}/notes", a.noteAdd(p.Kind), Recruiter},
			Route{"POST /office/" + p.Segment + "/{id}/attachments", a.attachmentUpload(p.Kind), Recruiter})
	}
	return append(r,
		Route{"GET /office/notes/{id}", a.noteView, Recruiter},
		Route{"GET /office/attachments/{id}", a.attachmentDownload, Recruiter},
		Route{"POST /office/attachments/{id}/delete", a.attachmentDelete, Recruiter},
		Route{"GET /office/messages", a.messageList, Recruiter},

		Route{"GET /office/settings/{$}", a.settingsIndex, Admin},
		Route{"GET /office/settings/statuses", a.settingsStatuses, Admin},
		Route{"POST /office/settings/statuses", a.settingsStatusesSave, Admin},
		Route{"GET /office/settings/profile-fields", a.settingsProfileFields, Admin},
		Route{"POST /office/settings/profile-fields", a.settingsProfileFieldsSave, Admin},
		Route{"GET /office/settings/hiring", a.settingsHiring, Admin},
		Route{"POST /office/settings/hiring", a.settingsHiringSave, Admin},
		Route{"GET /office/settings/attachment-types", a.settingsAttachmentTypes, Admin},
		Route{"POST /office/settings/attachment-types", a.settingsAttachmentTypeAdd, Admin},
		Route{"POST /office/settings/attachment-types/{id}", a.settingsAttachmentTypeSave, Admin},
		Route{"GET /office/settings/privacy", a.settingsPrivacy, Admin},
		Route{"POST /office/settings/privacy", a.settingsPrivacySave, Admin},
		Route{"GET /office/settings/reports", a.settingsReports, Admin},
		Route{"POST /office/settings/reports", a.settingsReportsSave, Admin},
		Route{"GET /office/settings/email-templates", a.settingsEmailTemplates, Admin},
		Route{"GET /office/settings/email-templates/{key}/{lang}", a.settingsEmailTemplate, Admin},
		Route{"POST /office/settings/email-templates/{key}/{lang}", a.settingsEmailTemplateSave, Admin},
	)
}
