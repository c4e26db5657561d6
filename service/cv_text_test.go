package service_test

import (
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/cvparse/cvcorpus"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// zeppelinCV is a CV whose words ("Zeppelinbouwer", "Luchtschipwerf") are
// in no candidate field.
func zeppelinCV(t *testing.T, docx bool) []byte {
	t.Helper()
	d := cvcorpus.Document{Main: []cvcorpus.Block{
		{Style: cvcorpus.Title, Text: "Élodie Martin"},
		{Style: cvcorpus.Body, Text: "E-mail: elodie.martin@example.fr"},
		{Style: cvcorpus.Body, Text: "Téléphone : +33 6 12 34 56 78"},
		{Style: cvcorpus.Body, Text: "12, rue Victor Hugo"},
		{Style: cvcorpus.Body, Text: "69002 Lyon"},
		{Style: cvcorpus.Body, Text: "Date de naissance : 14 mars 1991"},
		{Style: cvcorpus.Heading, Text: "Expérience professionnelle"},
		{Style: cvcorpus.Body, Text: "Zeppelinbouwer — Luchtschipwerf SA"},
		{Style: cvcorpus.Body, Text: "03/2019 – aujourd'hui"},
		{Style: cvcorpus.Heading, Text: "Formation"},
		{Style: cvcorpus.Body, Text: "BTS Maintenance des systèmes – Lycée Victor Hugo (2015 – 2017)"},
		{Style: cvcorpus.Heading, Text: "Compétences"},
		{Style: cvcorpus.Body, Text: "Soudure, Excel, Chariot élévateur"},
		{Style: cvcorpus.Heading, Text: "Langues"},
		{Style: cvcorpus.Body, Text: "Français (langue maternelle), Anglais (B2)"},
	}}
	var b []byte
	var err error
	if docx {
		b, err = cvcorpus.DOCX(d)
	} else {
		b, err = cvcorpus.PDF(d)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Issue 16 item 5: a CV uploaded in the back office, in the portal or with
// an application has its text stored beside it and found by the CV index
// on both engines (a word in no field of the candidate), in no other
// agency; a file of another type is not read; deleting the file deletes
// its text and its index entry.
func TestCVText_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ce := newCareersEnv(t, db)
		env, svc := ce.env, ce.svc
		a, st, ctx := env.Acme, env.Store, env.Acme.Ctx
		rec := a.Records(t, st)
		who := store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name, Addr: "192.0.2.1"}
		att := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: rec.Candidate.ID, TypeID: ce.w.CVType.ID,
			FileName: "cv.pdf", ContentType: "application/pdf"}
		if err := svc.AddAttachment(ctx, who, &att, zeppelinCV(t, false)); err != nil {
			t.Fatal(err)
		}
		text, err := st.AttachmentText(ctx, att.ID)
		if err != nil || text.Status != domain.TextOK || !strings.Contains(text.Text, "Zeppelinbouwer — Luchtschipwerf SA") {
			t.Fatalf("office upload: %+v, %v", text, err)
		}
		other := domain.AttachmentType{Name: "ID card"}
		if err := st.SaveAttachmentType(ctx, &other); err != nil {
			t.Fatal(err)
		}
		id := domain.Attachment{SubjectKind: domain.SubjectCandidate, SubjectID: rec.Candidate.ID, TypeID: other.ID, FileName: "id.pdf", ContentType: "application/pdf"}
		if err := svc.AddAttachment(ctx, who, &id, zeppelinCV(t, false)); err != nil {
			t.Fatal(err)
		}
		if _, err := st.AttachmentText(ctx, id.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("an ID card was read: %v", err)
		}

		portalCand := a.Candidate(t, st, "Pieter", "Portaal")
		me := store.Actor{Kind: domain.AudiencePortal, ID: portalCand.ID, Name: portalCand.Name()}
		pcv, err := svc.PortalUploadCV(ctx, me, service.Upload{FileName: "mijn cv.docx",
			ContentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Content: zeppelinCV(t, true)})
		if err != nil {
			t.Fatal(err)
		}
		if text, err := st.AttachmentText(ctx, pcv.ID); err != nil || text.Status != domain.TextOK || !strings.Contains(text.Text, "Luchtschipwerf") {
			t.Errorf("portal upload: %+v, %v", text, err)
		}

		in := application(ce.w.Published[0].ID, "elodie.martin@example.fr")
		in.CV.Content = zeppelinCV(t, false)
		res, err := svc.Apply(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		hits, err := st.SearchCVs(ctx, store.CVFilter{Query: "zeppelinbouwer luchtschip", Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		got := map[domain.ID]bool{}
		for _, h := range hits {
			got[h.CandidateID] = true
		}
		if len(hits) != 3 || !got[rec.Candidate.ID] || !got[portalCand.ID] || !got[res.CandidateID] {
			t.Errorf("CV search: %+v (want office, portal and careers CVs)", hits)
		}
		if list, _, err := st.Candidates(ctx, store.CandidateFilter{Query: "zeppelinbouwer"}); err != nil || len(list) != 0 {
			t.Errorf("the word is in a candidate field: %v, %v", list, err)
		}
		// No engine syntax gets through: the words are looked up as words.
		if h, err := st.SearchCVs(ctx, store.CVFilter{Query: `zeppelin* OR "x NEAR(`}); err != nil || len(h) != 0 {
			t.Errorf("syntax query: %d hits, %v", len(h), err)
		}
		for _, q := range []string{"ZEPPELINBOUWER", "Zéppelinbouwer", "\x00zeppelinbouwer", "zeppelinb"} {
			if h, err := st.SearchCVs(ctx, store.CVFilter{Query: q}); err != nil || len(h) != 3 {
				t.Errorf("query %q: %d hits, %v", q, len(h), err)
			}
		}
		if h, err := st.SearchCVs(ctx, store.CVFilter{Query: "zeppelinbouwer", CandidateID: rec.Candidate.ID}); err != nil || len(h) != 1 || h[0].AttachmentID != att.ID {
			t.Errorf("one candidate's CVs: %+v, %v", h, err)
		}
		if h, err := st.SearchCVs(env.Other.Ctx, store.CVFilter{Query: "zeppelinbouwer"}); err != nil || len(h) != 0 {
			t.Errorf("another agency finds: %+v, %v", h, err)
		}
		cvs, err := svc.CandidateCVs(ctx, rec.Candidate.ID, "luchtschipwerf")
		if err != nil || len(cvs) != 1 || !cvs[0].Matched || cvs[0].Status != domain.TextOK {
			t.Errorf("candidate CVs: %+v, %v", cvs, err)
		}

		if _, err := svc.DeleteAttachment(ctx, who, att.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := st.AttachmentText(ctx, att.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("text of a deleted file: %v", err)
		}
		var left int
		if err := db.Raw().QueryRow(`SELECT count(*) FROM attachment_texts WHERE attachment_id = $1`, att.ID).Scan(&left); err != nil || left != 0 {
			t.Errorf("stored text rows of a deleted file: %d, %v", left, err)
		}
		if h, _ := st.SearchCVs(ctx, store.CVFilter{Query: "zeppelinbouwer"}); len(h) != 2 {
			t.Errorf("after delete: %+v", h)
		}
	})
}
