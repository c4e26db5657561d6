package cvcorpus

// locale holds what CVs of one language are made of.
type locale struct {
	lang      string
	first     []string
	last      []string
	places    []place
	streets   []string
	phones    []string // formats: # is a digit
	mailHosts []string
	titles    []string
	employers []string
	degrees   []string
	schools   []string
	skills    []string // names in the shipped list, in this language
	languages []langName
	levels    []levelName
	// headings per section, several wordings
	hPersonal, hExperience, hEducation, hSkills, hLanguages, hProfile, hHobbies []string
	labels                                                                      labels
	present                                                                     []string
	monthNames                                                                  []string // 12, as CVs abbreviate them
	monthFull                                                                   []string
	at                                                                          string // "bij", "at", "bei", "chez"
	profile                                                                     []string
	hobbies                                                                     []string
	describe                                                                    []string // sentences with %s for a skill
}

type place struct{ postal, city string }

type langName struct {
	code string
	name string
}

type levelName struct {
	level string // CEFR or native
	text  string
}

type labels struct {
	email, phone, address, birth, city string
}

var locales = []locale{
	{
		lang:      "nl",
		first:     []string{"Daan", "Sanne", "Lotte", "Bram", "Eva", "Thijs", "Femke", "Jeroen", "Noor", "Ruben", "Iris", "Sem", "Mila", "Joris"},
		last:      []string{"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van Dijk", "Bos", "Vermeulen"},
		places:    []place{{"1015 CJ", "Amsterdam"}, {"3511 LX", "Utrecht"}, {"3011 AD", "Rotterdam"}, {"5611 AB", "Eindhoven"}, {"9711 LM", "Groningen"}, {"2511 CV", "Den Haag"}, {"6811 KL", "Arnhem"}, {"8011 PK", "Zwolle"}},
		streets:   []string{"Keizersgracht", "Oudegracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenstraat", "Julianalaan"},
		phones:    []string{"06-########", "+31 6 ########", "06 ## ## ## ##", "+31 (0)6 ########"},
		mailHosts: []string{"gmail.com", "hotmail.nl", "ziggo.nl", "outlook.com", "kpnmail.nl"},
		titles:    []string{"Logistiek medewerker", "Orderpicker", "Administratief medewerker", "Verpleegkundige", "Accountmanager", "Software ontwikkelaar", "Teamleider productie", "Klantenservicemedewerker", "Financieel administrateur", "Monteur"},
		employers: []string{"Albert Heijn Distributiecentrum", "Bol.com", "Rabobank", "Philips", "Gemeente Utrecht", "Coolblue B.V.", "UMC Utrecht", "PostNL", "Heijmans N.V.", "Randstad", "ASML", "Jumbo Supermarkten"},
		degrees:   []string{"MBO Logistiek", "HBO Bedrijfskunde", "Bachelor Verpleegkunde", "HBO-ICT", "MBO Administratie", "Master Economie", "Havo"},
		schools:   []string{"ROC van Amsterdam", "Hogeschool Utrecht", "Hanzehogeschool Groningen", "Universiteit van Amsterdam", "Fontys Hogescholen", "Erasmus Universiteit Rotterdam", "Stedelijk Gymnasium Arnhem"},
		skills:    []string{"Heftruck", "Orderpicken", "Excel", "SAP", "Klantenservice", "Boekhouden", "Exact Online", "AFAS", "Java", "Python", "SQL", "Verpleging", "EHBO", "VCA", "Leidinggeven", "Planning", "Rijbewijs B", "Lassen", "Magazijnbeheer", "Scrum"},
		languages: []langName{{"nl", "Nederlands"}, {"en", "Engels"}, {"de", "Duits"}, {"fr", "Frans"}, {"es", "Spaans"}, {"tr", "Turks"}},
		levels:    []levelName{{"native", "moedertaal"}, {"C1", "vloeiend"}, {"B2", "goed"}, {"B1", "redelijk"}, {"A2", "basis"}},
		hPersonal: []string{"Persoonlijke gegevens", "Personalia", "Contactgegevens"}, hExperience: []string{"Werkervaring", "Relevante werkervaring", "Loopbaan"},
		hEducation: []string{"Opleiding", "Opleidingen", "Onderwijs"}, hSkills: []string{"Vaardigheden", "Kennis en vaardigheden", "Competenties"},
		hLanguages: []string{"Talen", "Talenkennis"}, hProfile: []string{"Profiel", "Over mij"}, hHobbies: []string{"Hobby's", "Interesses"},
		labels:     labels{"E-mail", "Telefoon", "Adres", "Geboortedatum", "Woonplaats"},
		present:    []string{"heden", "nu"},
		monthNames: []string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
		monthFull:  []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		at:         "bij",
		profile:    []string{"Gedreven en flexibele professional met oog voor detail.", "Ik werk graag in een team en houd van aanpakken.", "Op zoek naar een nieuwe uitdaging in de regio."},
		hobbies:    []string{"Voetbal, lezen en koken", "Hardlopen en fotografie", "Muziek maken en reizen"},
		describe:   []string{"Dagelijks werken met %s in een druk team.", "Verantwoordelijk voor processen rond %s.", "Collega's ingewerkt in %s."},
	},
	{
		lang:      "en",
		first:     []string{"Oliver", "Amelia", "Harry", "Isla", "Jack", "Emily", "George", "Sophie", "Thomas", "Grace", "James", "Chloe"},
		last:      []string{"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright"},
		places:    []place{{"M1 1AE", "Manchester"}, {"LS1 4DY", "Leeds"}, {"B1 1BB", "Birmingham"}, {"BS1 5TR", "Bristol"}, {"NE1 7RU", "Newcastle"}, {"SW1A 2AA", "London"}, {"CF10 1EP", "Cardiff"}},
		streets:   []string{"High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane"},
		phones:    []string{"07### ######", "+44 7### ######", "+44 (0)7### ### ###"},
		mailHosts: []string{"gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"},
		titles:    []string{"Warehouse Operative", "Forklift Driver", "Office Administrator", "Staff Nurse", "Account Manager", "Software Developer", "Production Team Leader", "Customer Service Advisor", "Payroll Officer", "Maintenance Engineer"},
		employers: []string{"Tesco Distribution", "Amazon UK", "Barclays", "NHS Trust Leeds", "Jaguar Land Rover", "Sainsbury's", "Royal Mail Group", "Arup", "Capita plc", "BT Group", "Ocado Ltd"},
		degrees:   []string{"BSc Computer Science", "BA Business Management", "BSc Nursing", "HND Engineering", "A-Levels", "MSc Data Science", "NVQ Level 3 Logistics"},
		schools:   []string{"University of Leeds", "University of Manchester", "Bristol City College", "Leeds Beckett University", "King's College London", "Cardiff University", "Newcastle College"},
		skills:    []string{"Forklift", "Order picking", "Microsoft Excel", "SAP", "Customer service", "Bookkeeping", "Payroll", "Java", "Python", "SQL", "Nursing", "First aid", "Team leadership", "Planning", "Welding", "Warehouse management", "Scrum", "Salesforce", "Project management", "Docker"},
		languages: []langName{{"en", "English"}, {"fr", "French"}, {"de", "German"}, {"es", "Spanish"}, {"pl", "Polish"}, {"it", "Italian"}},
		levels:    []levelName{{"native", "native"}, {"C1", "fluent"}, {"B2", "good"}, {"B1", "intermediate"}, {"A2", "basic"}},
		hPersonal: []string{"Personal details", "Contact details", "Contact"}, hExperience: []string{"Work experience", "Employment history", "Professional experience"},
		hEducation: []string{"Education", "Qualifications", "Education and training"}, hSkills: []string{"Skills", "Key skills", "Technical skills"},
		hLanguages: []string{"Languages", "Language skills"}, hProfile: []string{"Profile", "Personal profile"}, hHobbies: []string{"Interests", "Hobbies"},
		labels:     labels{"Email", "Phone", "Address", "Date of birth", "City"},
		present:    []string{"present", "current"},
		monthNames: []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		monthFull:  []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		at:         "at",
		profile:    []string{"Reliable and hard-working professional with a positive attitude.", "I enjoy working in a team and solving problems.", "Looking for a new challenge close to home."},
		hobbies:    []string{"Football, reading and cooking", "Running and photography", "Music and travel"},
		describe:   []string{"Worked daily with %s in a busy team.", "Responsible for processes around %s.", "Trained new colleagues in %s."},
	},
	{
		lang:      "de",
		first:     []string{"Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Jürgen", "Sophie", "Maximilian", "Laura", "Tobias", "Katharina"},
		last:      []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Schäfer"},
		places:    []place{{"10115", "Berlin"}, {"80331", "München"}, {"50667", "Köln"}, {"20095", "Hamburg"}, {"60311", "Frankfurt am Main"}, {"70173", "Stuttgart"}, {"04109", "Leipzig"}, {"40213", "Düsseldorf"}},
		streets:   []string{"Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee", "Goethestraße"},
		phones:    []string{"0151 ########", "+49 151 ########", "+49 (0)171 #######", "0170 / #######"},
		mailHosts: []string{"gmail.com", "web.de", "gmx.de", "t-online.de"},
		titles:    []string{"Lagerist", "Staplerfahrer", "Kaufmännische Angestellte", "Pflegefachkraft", "Vertriebsmitarbeiter", "Softwareentwickler", "Schichtleiter Produktion", "Kundenberater", "Buchhalterin", "Industriemechaniker"},
		employers: []string{"DHL Supply Chain", "Siemens AG", "Deutsche Bahn AG", "Robert Bosch GmbH", "Charité Berlin", "Zalando SE", "REWE Group", "Lidl Logistik", "Stadt München", "Helios Klinikum", "SAP SE"},
		degrees:   []string{"Ausbildung Fachkraft für Lagerlogistik", "Bachelor Informatik", "Ausbildung Kauffrau für Büromanagement", "Examen Gesundheits- und Krankenpflege", "Abitur", "Master BWL", "Ausbildung Industriemechaniker"},
		schools:   []string{"Berufsschule München", "Technische Universität Berlin", "Universität zu Köln", "Hochschule München", "IHK Frankfurt", "Goethe-Gymnasium Leipzig", "Pflegeschule Helios Klinikum"},
		skills:    []string{"Gabelstapler", "Kommissionierung", "Excel", "SAP", "Kundenservice", "Buchhaltung", "DATEV", "Java", "Python", "SQL", "Krankenpflege", "Erste Hilfe", "Teamführung", "Lagerverwaltung", "Schweißen", "Projektmanagement", "Führerschein Klasse B", "Scrum", "Instandhaltung"},
		languages: []langName{{"de", "Deutsch"}, {"en", "Englisch"}, {"fr", "Französisch"}, {"es", "Spanisch"}, {"ru", "Russisch"}, {"tr", "Türkisch"}},
		levels:    []levelName{{"native", "Muttersprache"}, {"C1", "verhandlungssicher"}, {"C1", "fließend"}, {"B2", "gut"}, {"A2", "Grundkenntnisse"}},
		hPersonal: []string{"Persönliche Daten", "Kontakt", "Persönliche Angaben"}, hExperience: []string{"Berufserfahrung", "Beruflicher Werdegang", "Werdegang"},
		hEducation: []string{"Ausbildung", "Bildungsweg", "Ausbildung und Studium"}, hSkills: []string{"Kenntnisse", "Fähigkeiten", "Kompetenzen"},
		hLanguages: []string{"Sprachen", "Sprachkenntnisse"}, hProfile: []string{"Profil", "Über mich"}, hHobbies: []string{"Hobbys", "Interessen"},
		labels:     labels{"E-Mail", "Telefon", "Anschrift", "Geburtsdatum", "Wohnort"},
		present:    []string{"heute", "aktuell"},
		monthNames: []string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
		monthFull:  []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		at:         "bei",
		profile:    []string{"Zuverlässige und engagierte Fachkraft mit Teamgeist.", "Ich arbeite gerne selbstständig und strukturiert.", "Auf der Suche nach einer neuen Herausforderung."},
		hobbies:    []string{"Fußball, Lesen und Kochen", "Laufen und Fotografie", "Musik und Reisen"},
		describe:   []string{"Tägliche Arbeit mit %s im Team.", "Verantwortlich für Abläufe rund um %s.", "Einarbeitung neuer Kollegen in %s."},
	},
	{
		lang:      "fr",
		first:     []string{"Camille", "Lucas", "Léa", "Hugo", "Chloé", "Théo", "Manon", "Louis", "Inès", "Gabriel", "Zoé", "Mathis"},
		last:      []string{"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard"},
		places:    []place{{"75011", "Paris"}, {"69002", "Lyon"}, {"13001", "Marseille"}, {"31000", "Toulouse"}, {"59000", "Lille"}, {"44000", "Nantes"}, {"67000", "Strasbourg"}, {"33000", "Bordeaux"}},
		streets:   []string{"rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire", "rue des Lilas", "place de la Mairie"},
		phones:    []string{"06 ## ## ## ##", "+33 6 ## ## ## ##", "07.##.##.##.##", "+33 (0)6 ## ## ## ##"},
		mailHosts: []string{"gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"},
		titles:    []string{"Préparateur de commandes", "Cariste", "Assistante administrative", "Infirmière", "Chargé de clientèle", "Développeur web", "Chef d'équipe production", "Conseiller clientèle", "Comptable", "Technicien de maintenance"},
		employers: []string{"Carrefour Supply Chain", "Geodis", "BNP Paribas", "Renault SAS", "Hôpital Édouard Herriot", "Decathlon", "La Poste Groupe", "Capgemini", "Airbus SE", "Auchan Retail", "Orange SA"},
		degrees:   []string{"CAP Opérateur logistique", "BTS Comptabilité et gestion", "Diplôme d'État infirmier", "Licence Informatique", "Baccalauréat", "Master Management", "BTS Maintenance des systèmes"},
		schools:   []string{"Lycée professionnel Jean Moulin", "Université Lyon 1", "IUT de Nantes", "Institut de formation en soins infirmiers", "Université de Bordeaux", "École supérieure de commerce", "Lycée Victor Hugo"},
		skills:    []string{"Chariot élévateur", "Préparation de commandes", "Excel", "SAP", "Service client", "Comptabilité", "Paie", "Java", "Python", "SQL", "Soins infirmiers", "Premiers secours", "Management d'équipe", "Gestion d'entrepôt", "Soudure", "Gestion de projet", "Permis B", "Maintenance", "Scrum"},
		languages: []langName{{"fr", "Français"}, {"en", "Anglais"}, {"de", "Allemand"}, {"es", "Espagnol"}, {"it", "Italien"}, {"ar", "Arabe"}},
		levels:    []levelName{{"native", "langue maternelle"}, {"C1", "courant"}, {"B2", "bien"}, {"B1", "intermédiaire"}, {"A2", "notions"}},
		hPersonal: []string{"Informations personnelles", "Coordonnées", "Contact"}, hExperience: []string{"Expérience professionnelle", "Expériences professionnelles", "Parcours professionnel"},
		hEducation: []string{"Formation", "Formations", "Études et diplômes"}, hSkills: []string{"Compétences", "Compétences techniques", "Savoir-faire"},
		hLanguages: []string{"Langues", "Langues étrangères"}, hProfile: []string{"Profil"}, hHobbies: []string{"Centres d'intérêt", "Loisirs"},
		labels:     labels{"E-mail", "Téléphone", "Adresse", "Date de naissance", "Ville"},
		present:    []string{"aujourd'hui", "présent"},
		monthNames: []string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
		monthFull:  []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		at:         "chez",
		profile:    []string{"Professionnel rigoureux et motivé, doté d'un bon esprit d'équipe.", "J'aime travailler en équipe et relever des défis.", "À la recherche d'un nouveau poste dans la région."},
		hobbies:    []string{"Football, lecture et cuisine", "Course à pied et photographie", "Musique et voyages"},
		describe:   []string{"Travail quotidien avec %s au sein d'une équipe.", "Responsable des processus liés à %s.", "Formation des nouveaux collègues à %s."},
	},
}
