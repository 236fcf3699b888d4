"""Field-level precision and recall of the resume reader on the labelled resume set.

The set (tests/intake/resume_set/) is the three shared PDFs labelled by hand plus people
rendered from ground truth in Typst PDFs and DOCX. Groups: "tuned" (8 layouts), "held_out"
(4 layouts kept out of the first tuning), "fresh" (3 layouts written after the first tuning),
"shared" (the real PDFs), "blind1" (4 layouts in blind.py, written before the second round of
parser work), "blind2" (5 layouts in blind2.py, written before the third round), "blind3"
(4 layouts in blind3.py, written before the fourth round), "blind4" (5 layouts in blind4.py,
written before the fifth round), "blind5" (4 layouts in blind5.py, written before the sixth
round), "blind6" (5 layouts in blind6.py, written before the seventh round), "blind7" (8 NEW
people in personas2.py, in professions the other 16 lack, over 4 layouts in blind7.py, written
before the seventh round), "blind8" and "blind9" (8 more NEW people each, in personas3.py and
personas4.py, over 4 layouts each in blind8.py and blind9.py, written after the seventh round),
"blind10" and "blind11" (8 more NEW people each in personas5.py and personas6.py over 4
layouts each in blind10.py and blind11.py, written after the eighth round), "blind12" and
"blind13" (8 more NEW people each in personas7.py and personas8.py over 4 layouts each,
written after the ninth round), "blind14" and "blind15" (8 more NEW people each in personas9.py
and personas10.py over 4 layouts each in blind14.py and blind15.py, written after the eleventh
round), "blind16" and "blind17" (8 more NEW people each in personas11.py and personas12.py over
4 layouts each in blind16.py and blind17.py, also written after the eleventh round), "blind18"
(8 more NEW people in personas13.py over 4 layouts in blind18.py, written after the thirteenth
round). held_out and fresh are SEEN since the second round, blind1 since the third, blind2
since the fourth, blind3 since the fifth, blind4 since the sixth, blind5 since the seventh,
blind6 and blind7 since the eighth, blind8 and blind9 since the ninth, blind10 and blind11
since the tenth, blind12 and blind13 since the eleventh, blind14 and blind15 since the
thirteenth, blind16 since the fourteenth, external_blind and latex since the sixteenth,
latex2 (named "latex_blind" until then) since the seventeenth, rendercv and office from their
start. blind17, blind18, external2 and rendercv_blind are BLIND (run.py's BLIND): measure them
with --blind (totals only, never --errors on them) before a round of parser work tunes on them;
every other figure here is one the parser has been tuned towards.
Matching is described in tests/intake/resume_set/evaluate.py (normalised text, phone digits,
skill keys).

First and only run of blind2 before any tuning (22:51 UTC, load ~3 on 2 cores), mean F1:
tuned 99.8%, held_out 99.4%, shared 99.8%, fresh 99.4%, blind 77.6%, blind2 44.8%
(caps_spaced 78.0%, docx_header_grid 39.4%, sidebar_bars_icons 35.8%, edu_first_footer 30.0%,
europass 0.0%). blind2 recall: name 75%, e-mail and phone 56.2%, employers 18.8%, roles 18.8%,
schools 17.6%, degrees 11.8%, languages 23.7%, skills 49.1% (skills precision 86.9%).

After the third round (tuned on blind1 only; 23:08 UTC, load ~4.6 on 2 cores), mean F1: tuned
99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9% (77.6% before; now seen),
blind2 48.3% (caps_spaced 81.0%, sidebar_bars_icons 50.8%, docx_header_grid 39.4%,
edu_first_footer 30.0%, europass 10.0%). blind2 recall: name 75%, e-mail 100%, phone 62.5%,
employers 18.8%, roles 18.8%, schools 17.6%, degrees 11.8%, languages 26.3%, skills 51.9%
(skills precision 76.7%, down from 86.9%). Slowest parse 64 ms.

blind3 written and measured ONCE before the fourth round touched the parser (23:47 UTC, load
~11 on 2 cores), mean F1: tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1
99.9%, blind2 48.3%, blind3 86.6% (docx_sidebar_cell 99.8%, two_page_header 96.5%, moderncv
88.4%, docx_functional 59.5%). blind3 P/R: name, e-mail, phone, languages 100%/100%;
employers 75.0/75.0%, roles 75.0/75.0%, schools 76.5/76.5%, degrees 76.5/76.5%,
certifications 75.0/64.3%, skills 90.6/98.1%. Slowest parse 244 ms (under that load).

After the fourth round (tuned on blind2, now seen; 23:59 UTC, load ~6 on 2 cores), mean F1:
tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6% (48.3%
before: europass 10.0 -> 99.8%, edu_first_footer 30.0 -> 100%, docx_header_grid 39.4 -> 100%,
sidebar_bars_icons 50.8 -> 99.8%, caps_spaced 81.0 -> 98.2%), blind3 86.6% (unchanged: the
round's rules did not reach its misses; its errors were not looked at). blind2 P/R: 100%/100%
for name, e-mail, phone, employers, roles, schools, degrees, certifications; languages
100/97.4%, skills 97.2/98.1% (76.7% precision before: section names, level words and headings
read as skills when the sections were misread). Slowest parse 68 ms.

blind4 (blind4.py: academic CV, three-column DOCX rows, photo box with a split name, ASCII
underlined plain text, hybrid with key achievements first) written and measured ONCE before
the fifth round touched the parser (00:24 UTC, load ~1.7 on 2 cores), mean F1: tuned 99.9%,
held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6%, blind3 86.6%, blind4
91.5% (ascii_plain 99.8%, hybrid_achievements 99.8%, photo_split_name 86.0%, docx_three_col
80.0%, academic_cv 74.7%). blind4 P/R: e-mail, phone, schools, degrees, certifications
100%/100%; name 86.7/81.2%, employers 100/62.5%, roles 76.9/62.5%, languages 100/89.5%,
skills 97.9/85.2%. Slowest parse 27 ms.

After the fifth round (tuned on blind3, now seen; 00:38 UTC, load ~8 on 2 cores), mean F1:
tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6% (all
unchanged), blind3 97.6% (86.6% before; docx_functional 59.5 -> 99.5%, two_page_header
96.5 -> 99.8%, moderncv 88.4 -> 90.0%, docx_sidebar_cell 99.8%: docx_functional's
tab-separated history now read as entries, "Page 2 of 2" no longer a credential, moderncv's
"Main"/"Other" label column no longer part of a skill), blind4 91.5% (unchanged: the round's
rules did not reach its misses; its errors were not looked at). blind3 P/R: 100%/100% for
name, e-mail, phone, employers, roles, schools, degrees, languages; certifications
100/64.3% (a moderncv "Extra" section's credentials name no credential word and go unread),
skills 97.3/99.1%. Slowest parse 71 ms (under that load).

blind5 (blind5.py: a coloured header band with the role above "Employer · City · dates", a DOCX
of Heading 1 sections with jobs as bulleted lists led by "Role at Employer (years)", experience
as a numbered list, a British CV with an address block, Interests and Referees) written and
measured ONCE before the sixth round touched the parser (00:43 UTC, load ~1.6 on 2 cores),
mean F1: tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6%,
blind3 97.6%, blind4 91.5%, blind5 87.1% (docx_heading_bullets 99.8%, header_band 99.8%,
referees_cv 99.8%, numbered_exp 50.0%). blind5 P/R: name, e-mail, phone, languages
100%/100%; employers 80.0/75.0%, roles 75.0/75.0%, schools 81.2/76.5%, degrees 76.5/76.5%,
certifications 64.3/64.3%, skills 98.2/99.1%. Slowest parse 11 ms.

After the sixth round (tuned on blind4, now seen; 00:52 UTC, load ~2.2 on 2 cores), mean F1:
tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6%, blind3
97.6% (all unchanged), blind4 99.9% (91.5% before; academic_cv 74.7 -> 99.8%, docx_three_col
80.0 -> 100%, photo_split_name 86.0 -> 100%, ascii_plain and hybrid_achievements 99.8%:
"Appointments"/"Research Interests"/"Methods and Skills"/"Teaching" read as headings, a name
split over two lines joined, "dates / company / city / role" rows keep their role, a level run
into the next language split back), blind5 87.1% (unchanged: the round's rules did not reach
its misses; its errors were not looked at). blind4 P/R: 100%/100% for every field but skills
98.2/99.1%. Slowest parse 12 ms.

blind6 (blind6.py: LinkedIn's "Save to PDF" profile with a Contact / Top Skills / Languages /
Certifications column and "March 2019 - Present (7 years 10 months)" dates, a side-headed
resume with section names in a left margin column, an Awesome-CV-like PDF with two-row
entries and a "Category | skills" table, a Markdown .md file, a DOCX whose history is a table
of split dates and "Role | Employer | City" cells) written and measured ONCE before the
seventh round touched the parser (01:43 UTC, load ~1.8-2.9 on 2 cores), mean F1: tuned
99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6%, blind3 97.6%,
blind4 99.9%, blind5 87.1%, blind6 84.0% (markdown_txt 99.8%, linkedin_export 88.6%,
docx_timeline 87.5%, awesome_cv 85.8%, side_heads 40.5%). blind6 P/R: name, e-mail, phone
100%/100%; employers 87.0/62.5%, roles 100/71.9%, schools 100/70.6%, degrees 100/70.6%,
certifications 47.1/57.1%, languages 100/78.9%, skills 87.4/70.4%. Slowest parse 11 ms.

blind7 (blind7.py and personas2.py: eight new people, a paralegal, a UX designer, a social
worker, a site supervisor, a physiotherapist, a rail project manager, a veterinary technician
and a flight attendant, each in two of four new layouts: an Indeed-style PDF export with
"March 2019 to Present" and skills with years, a dense one-page PDF with one line per job, an
infographic PDF with a coloured sidebar, rated skills and dates in pills, and an executive DOCX
with the contact in the page header, "Career Highlights" first and a company description under
each employer) written and measured ONCE, errors unread (01:43 UTC, load ~2.5 on 2 cores),
mean F1: tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6%,
blind3 97.6%, blind4 99.9%, blind5 87.1% (all unchanged), blind7 87.6% (compact_oneline 98.7%,
infographic_dots 98.3%, indeed_export 96.3%, docx_executive 47.2%). blind7 P/R: name, e-mail,
phone, languages 100%/100%; employers 73.7/73.7%, roles 73.7/73.7%, schools 100/80.0%, degrees
100/80.0%, certifications 77.3/65.4%, skills 90.7/72.1% (recall well under every group of the
old people: 98-100%). Slowest parse 23 ms.

blind8 (blind8.py and personas3.py: eight more new people, a dental hygienist, a civil
engineer, a bank teller, a graphic designer, an HVAC technician, a contact-centre team leader,
a laboratory technician and a real-estate agent, each in two of four new layouts: a Google Docs
"Coral"-like PDF with the contact as an address block top right, small-caps headings and
"Employer, City — Role" over "SEPTEMBER 2021 - PRESENT", an engineer's one-pager with
"Technical Skills" first as "Tools:"/"Methods:"/"Spoken:" rows, a long US federal-style PDF of
labelled lines per job (with a supervisor's own 555 phone), and a DOCX flowing in two Word
section columns) written and measured ONCE, errors unread (01:56 UTC, load ~2.3 on 2 cores),
mean F1: tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6%,
blind3 99.8%, blind4 99.9%, blind5 99.9%, blind6 84.0%, blind7 87.6% (all as before), blind8
81.5% (docx_two_columns 95.1%, tech_skills_first 79.4%, google_docs_coral 74.3%, federal_usa
71.3%). blind8 P/R: name, e-mail, phone 100%/100%; employers 74.1/55.6%, roles 75.7/77.8%,
schools 100/75.0%, degrees 47.4/45.0%, certifications 100/70.0%, languages 100/95.2%, skills
73.6/55.5% (the lowest skills recall of any group). Slowest parse 16 ms.

blind9 (eight more NEW people in personas4.py: midwife, plumber, hotel front desk, financial
analyst, curator, logistics, speech therapy, bus driving; over 4 layouts in blind9.py: a
European tabular CV in English, a graduate's education-first PDF, a Canva-like PDF with roles
in upper case and skills as pills, a plain .txt pasted from an e-mail and wrapped at 72
columns) written and measured ONCE, errors unread (01:56 UTC, load ~2.4 on 2 cores), mean F1:
tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6%, blind3
99.8%, blind4 99.9%, blind5 99.9%, blind6 84.0%, blind7 87.6%, blind9 89.6% (canva_upper
96.7%, student_edu_first 93.9%, txt_caps_underlined 88.2%, lebenslauf_table 74.6%). blind9
P/R: e-mail, phone 100%/100%; name 100/75.0%, employers 97.4/97.4%, roles 97.4/97.4%,
schools 90.9/90.9%, degrees 90.9/90.9%, certifications 68.4/72.2%, languages 100/95.5%,
skills 77.3/56.7% (recall lower still than blind7's 72.1%). Slowest parse 19 ms.

blind10 (eight more NEW people in personas5.py: airline pilot, firefighter, optometrist,
joiner, insurance underwriter, event planner, IT support, zookeeper; over 4 layouts in
blind10.py: a DOCX whose whole body is one two-column table with shaded section names, a
two-page PDF with a page-one sidebar and the experience running on under a "page 2" header,
one small-caps "ROLE | EMPLOYER | CITY | DATES" line per entry under icon headings, and a
functional resume with themed "Relevant Skills" groups and a dates-first employment history)
written and measured ONCE after the eighth round, errors unread (02:16 UTC, load ~3.2-4.2 on 2
cores), mean F1: tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2
99.6%, blind3 99.8%, blind4 99.9%, blind5 99.9%, blind6 99.9%, blind7 98.0%, blind8 81.5%,
blind9 89.6%, blind10 90.3% (docx_grid_table 94.3%, functional_skill_groups 92.3%,
pipe_inline_header 91.4%, sidebar_page_two 82.8%). blind10 P/R: e-mail, phone 100%/100%; name
100/93.8%, employers 97.0/84.2%, roles 100/97.4%, schools 95.8/95.8%, degrees 83.3/83.3%,
certifications 85.2/95.8%, languages 100/92.5%, skills 64.6/43.7% (the lowest skills
precision and recall of any group). Slowest parse 33 ms.

blind11 (eight more NEW people in personas6.py: security manager and army veteran,
occupational therapist, translator, journalist, agronomist, actuary, barber, procurement
officer; over 4 layouts in blind11.py: a minimal PDF with no section headings, a DOCX with
bilingual English/French headings, a veteran's military-transition PDF, a PDF with a career
break, volunteering and professional development) written and measured ONCE, errors unread
(02:19 UTC, load ~4 on 2 cores), mean F1: tuned 99.9%, held_out 99.8%, shared 99.8%, fresh
99.5%, blind1 99.9%, blind2 99.6%, blind3 99.8%, blind4 99.9%, blind5 99.9%, blind6 99.9%,
blind7 98.0%, blind8 81.5%, blind9 89.6%, blind11 63.5% (military_transition 82.8%,
career_break 78.2%, bilingual_headings_docx 30.0%, no_headings_minimal 30.0%). blind11 P/R:
name, e-mail, phone 100%/100%; employers 51.7/35.7%, roles 61.3/45.2%, schools 90.9/38.5%,
degrees 91.7/42.3%, certifications 38.5/31.2%, languages 100/43.2%, skills 65.4/23.3% (the
lowest of any group so far). Slowest parse 66 ms (under that load).

blind12 (eight more NEW people in personas7.py: welder, sommelier, crane operator, genetic
counsellor, court reporter, tax adviser, locksmith, fitness instructor, three of them promoted
inside one employer; over 4 layouts in blind12.py: a DOCX like Word's own templates with every
field in a content control, a Notion-like PDF with emoji-led headings and "start → end" dates,
a PDF naming an employer once above the roles held there, a compact PDF with apostrophe years
"Jan '19 – Mar '21", "Sept. ’16 – pres.", "’14–’18") written and measured ONCE, errors unread
(02:51 UTC, load ~4.7-6.7 on 2 cores), mean F1: tuned 99.9%, held_out 99.8%, shared 99.8%,
fresh 99.5%, blind1 99.9%, blind2 99.6%, blind3 99.8%, blind4 99.9%, blind5 99.9%, blind6
99.9%, blind7 99.3%, blind8 97.0%, blind9 96.7%, blind10 90.6%, blind11 64.7%, blind12 54.6%
(promotions_one_employer 80.5%, apostrophe_dates 69.6%, emoji_headings 31.0%,
word_content_controls 0.0%: the intake reads no text inside w:sdt, so the file is refused as
"no text" and scores nothing). blind12 P/R: name, e-mail, phone 100/75.0%; employers 0.0/0.0%,
roles 70.4/47.5%, schools 50.0/20.0%, degrees 62.5/25.0%, certifications 100/46.4%, languages
100/50.0%, skills 68.4/25.7%. Slowest parse 134 ms (under that load).

The seventh round (tuned on blind5; 01:47 UTC): blind5 87.1% -> 99.9% (numbered_exp 50.0 ->
100%), blind3 97.6 -> 99.8% (an "Extra" section's credentials), blind6 84.0% and blind7 87.6%
unchanged (measured after the round, totals only). The eighth round (tuned on blind6 and
blind7; 02:11 UTC): blind6 84.0 -> 99.9%, blind7 87.6 -> 98.0%; blind8 81.5% and blind9 89.6%
unchanged (02:13 UTC, totals only). The ninth round (tuned on blind8 and blind9; 02:29 UTC):
blind8 81.5 -> 96.4%, blind9 89.6 -> 95.7%; blind10 90.3 -> 90.5% and blind11 63.5 -> 63.9%
(02:30 UTC, totals only). Then the wider skill vocabulary (1,315 names from the ISCO-08 and
BLS occupation families, not from the set's errors) and the "SAPS" fix (02:40 UTC, load ~2):
tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%, blind1 99.9%, blind2 99.6%, blind3
99.8%, blind4 99.9%, blind5 99.9%, blind6 99.9%, blind7 99.3%, blind8 97.0%, blind9 96.7%,
blind10 90.6% (docx_grid_table 95.9%, functional_skill_groups 92.9%, pipe_inline_header 91.4%,
sidebar_page_two 81.6%), blind11 64.7% (military_transition 83.6%, career_break 78.2%,
bilingual_headings_docx 30.0%, no_headings_minimal 30.0%). blind10 P/R: e-mail, phone 100%;
name 93.8/93.8%, employers 97.1/89.5%, roles 100/100%, schools 95.8/95.8%, degrees 83.3/83.3%,
certifications 85.2/95.8%, languages 100/97.5%, skills 59.8/45.1%. blind11 P/R: name, e-mail,
phone 100%; employers 51.7/35.7%, roles 61.3/45.2%, schools 91.7/42.3%, degrees 91.7/42.3%,
certifications 38.5/31.2%, languages 100/43.2%, skills 62.2/31.5%. Skills recall for the new
people's groups rose with the vocabulary (blind8 55.5 -> 65.8%, blind9 56.7 -> 71.3%, blind11
23.3 -> 31.5%); blind10's skills precision fell 64.6 -> 59.8%. Slowest parse 35 ms.

What a round's rules did for layouts nobody had looked at (mean F1 of the newest blind groups
before and after each round): seventh 84.0/87.6 -> 84.0/87.6, eighth 81.5/89.6 -> 81.5/89.6,
ninth 90.3/63.5 -> 90.5/63.9. Each round fixes the families it looks at and hardly any other.

The tenth round (tuned on blind10 and blind11; 02:58 UTC): blind10 90.6 -> 92.5%, blind11 64.7
-> 84.8% (bilingual_headings_docx 30.0 -> 91.9%, no_headings_minimal 30.0 -> 54.8%). Then
blind12 and blind13, written after the ninth round, measured once more, totals only (03:00 UTC,
load ~1.5): blind12 73.2% (54.6% at first sight; the Word content-control DOCX 0.0 -> 92.7%
once the intake reads w:sdt, a fix the helper's report asked for; apostrophe_dates 69.6%,
emoji_headings 31.0%, promotions_one_employer 80.5%, all unchanged), blind13 88.3% (unchanged:
cover_letter_first 95.3%, docx_merged_cells 96.1%, two_equal_columns 92.2%, dates_right_margin
68.8%). Name, e-mail and phone: 100% precision on both; name recall 100%. The eleventh round
(tuned on blind12 and blind13; 03:10 UTC): blind12 73.2 -> 89.2%, blind13 88.3 -> 93.4%; all
other groups unchanged. Slowest parse 20 ms.

First sight, before any round looked at a group (mean F1): blind6 84.0%, blind7 87.6%, blind8
81.5%, blind9 89.6%, blind10 90.3%, blind11 63.5%, blind12 54.6% (73.2% with the intake fix),
blind13 88.3%; the groups tuned on read 97-100%.

blind13 (eight more NEW people in personas8.py: air traffic controller, florist, mortgage
adviser, radiographer, tattoo artist, environmental health officer, marine engineer, copy
editor; over 4 layouts in blind13.py: a two-page PDF whose first page is a cover letter, a PDF
of two equal columns, a PDF with the dates in a narrow right margin, a DOCX built from one
table with merged cells) written and measured ONCE after the ninth round, errors unread (02:48
UTC, load ~4.5-5 on 2 cores), mean F1: tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.5%,
blind1 99.9%, blind2 99.6%, blind3 99.8%, blind4 99.9%, blind5 99.9%, blind6 99.9%, blind7
99.3%, blind8 97.0%, blind9 96.7%, blind10 90.6%, blind11 64.7%, blind13 88.3%
(docx_merged_cells 96.1%, cover_letter_first 95.3%, two_equal_columns 92.2%,
dates_right_margin 68.8%). blind13 P/R: name, phone, schools, certifications, languages
100%/100%; e-mail 100/93.8%, employers 84.4/71.1%, roles 64.3/71.1%, degrees 80.0/80.0%,
skills 80.0/50.0%. Slowest parse 42 ms (under that load).

blind14 (eight NEW people in personas9.py: beekeeper, court interpreter, orthotist, wind
turbine technician, piano tuner, forensic accountant, farrier, hospital chaplain; over 4 layouts
in blind14.py: a timeline PDF with the dates above each entry on a coloured rule, a
chronological PDF written oldest first, a DOCX whose entries are single paragraphs of soft
returns with dates on a right tab stop, a plain-text file of ASCII-art boxes and rules) and
blind15 (eight NEW people in personas10.py: drone surveyor, paintings conservator, railway
signaller, pharmacy technician, audiologist, glazier, archivist, bike mechanic; over 4 layouts
in blind15.py: a Markdown file printed to PDF by an editor's export, an Enhancv-like PDF with
icon glyphs and level dots, a centred minimalist PDF, a Europass DOCX with a CEFR language
grid) written after the eleventh round. First sight, on the eleventh round's parser, errors
unread (05:20 UTC, load ~3 on 2 cores): blind14 77.2% (docx_soft_breaks 91.1%, oldest_first
87.3%, timeline_rule 85.4%, txt_ascii_boxes 20.0%), blind15 89.4% (centred_minimal 96.3%,
markdown_pdf_export 92.5%, enhancv_icons 85.0%, docx_europass_grid 79.9%).

blind16 (eight NEW people in personas11.py: sign language teacher, fishmonger, cartographer,
perfumer, ophthalmic nurse, stonemason, brewer, park ranger; over 4 layouts in blind16.py: a
contractor's DOCX with a "Career Summary" table of one row a job before the detail, a LaTeX
"Jake's Resume"-like PDF of four-corner entries with education first, a PDF of rounded cards
with the role and dates in a coloured strip, a plain-text printout of a job board's web form)
and blind17 (eight NEW people in personas12.py: sound engineer, blacksmith, arborist, maritime
pilot, dietitian, speechwriter, funeral director, tailor; over 4 layouts in blind17.py: an
Indian-style PDF with a qualifications table, labelled job lines and a declaration, a West
African DOCX CV with institutions and qualifications in sections apart, a PDF whose first page
is an application cover sheet, a British PDF with a "Key achievements:" block in every job)
written after the eleventh round.

The twelfth round (skills in prose read as the phrase written, functional skill groups,
glued list items; resumes without headings read by their blocks' content, degrees with their
field, credentials without their provider; tuned on blind8 to blind13 only; 05:45 UTC, load ~1
on 2 cores), mean F1: tuned 99.9%, held_out 99.8%, shared 99.8%, fresh 99.9%, blind1 99.9%,
blind2 99.7%, blind3 99.8%, blind4 99.9%, blind5 99.9%, blind6 99.9%, blind7 99.3%, blind8
98.3%, blind9 97.8%, blind10 96.7%, blind11 96.5%, blind12 95.4%, blind13 96.0%; and on the
groups no round had looked at: blind14 78.4% (77.2% before the round), blind15 89.5% (89.4%),
and first sight of blind16 71.5% (cards 89.1%, jakes_corners 80.2%, docx_career_summary 62.4%,
txt_web_form 40.9%) and blind17 74.9% (cover_sheet 90.6%, achievement_blocks 75.6%,
docx_west_african 65.7%, indian_declaration 55.2%). P/R on blind14 / blind15 / blind16 /
blind17: name 91.7/68.8, 100/75.0, 93.3/87.5, 93.3/87.5; e-mail and phone 100/100 on all four;
employers 80.8/52.5, 94.1/80.0, 100/38.2, 73.9/47.2; roles 84.6/82.5, 80.0/80.0, 84.6/64.7,
76.9/55.6; schools 93.8/62.5, 100/100, 52.9/40.9, 64.3/50.0; degrees 88.2/62.5, 100/100,
45.8/50.0, 64.3/50.0; skills 93.0/46.5, 46.5/47.6, 83.1/53.9, 84.4/63.3. Slowest parse 31 ms.
blind14 and blind15 are seen from the thirteenth round on; blind16 and blind17 stay blind.

The thirteenth round (tuned on blind14 and blind15: ASCII-art frames and box-drawing dropped,
the e-mail address chooses between two name lines, legal forms mark the company, the Europass
language grid, tags set apart by wide gaps, a print header's file name; 06:37 UTC, load ~1 on
2 cores), mean F1: tuned 99.9%, held_out 99.8%, shared 99.9%, fresh 99.9%, blind1 99.9%,
blind2 99.7%, blind3 99.8%, blind4 99.9%, blind5 99.9%, blind6 99.9%, blind7 99.3%, blind8
98.3%, blind9 97.8%, blind10 96.7%, blind11 96.5%, blind12 97.0%, blind13 96.0%, blind14 97.4%
(78.4% before), blind15 96.9% (89.5%); the groups it did not look at: blind16 73.2% (71.5%),
blind17 75.9% (74.9%). Slowest parse 45 ms.

"external", "external_blind" and "external2": the first layouts nobody on this project wrote.
Resume themes published on npm for JSON Resume, printed to PDF by Chromium with the CSS and
fonts they link served from npm (external/make_external.py); a label is kept only where the
theme's page shows the value. external/ holds 15 themes with two people each of the seen
personas files: every other theme alphabetically ("external": actual, class, elegant, flat,
macchiato, onepage, short, stackoverflow) may be tuned on from the fourteenth round, the rest
stay blind ("external_blind": caffeine, compact, even, kendall, modern, paper, spartan; seen
since the sixteenth round).
external2/ holds 21 more themes, one other person each, all blind. First sight before the
fourteenth round (main, parser of fd1e0ee, 08:24 UTC, load ~6 on 2 cores), mean F1: external
82.4%, external_blind 81.1%, external2 78.6%. P/R external: name 92.9/81.2%, e-mail 100/87.5%,
phone 100/81.2%, employers 96.9/86.1%, roles 100/100%, schools 66.7/63.2%, degrees 73.3/64.7%,
certifications 66.7/88.9%, languages 100/86.7%, skills 73.9/51.5%. external_blind: name
100/100%, e-mail and phone 100/92.9%, employers 100/70.6%, roles 88.9/70.6%, schools
76.2/88.9%, degrees 55.6/62.5%, certifications 100/100%, languages 100/47.6%, skills
77.6/38.8%. external2: name 76.2/76.2%, e-mail 89.5/89.5%, phone 94.4/89.5%, employers
94.6/68.6%, roles 100/74.5%, schools 95.2/76.9%, degrees 85.7/72.0%, certifications
25.0/57.1%, languages 100/86.7%, skills 88.6/61.2%. Per theme, blind: caffeine 88.9%, compact
56.0%, even 95.6%, kendall 92.3%, modern 96.7%, paper 50.0%, spartan 78.3%; ace 80.0%, autumn
89.5%, crisp 100%, direct 90.0%, eloquent 70.0%, fresh 99.1%, full 98.3%, github 47.5%, jacrys
97.5%, keloran 98.6%, lucide (French headings and dates) 17.1%, mantra 88.2%, minimal 92.1%,
minyma 94.2%, papirus 40.3%, projects 86.2%, pumpkin 86.2%, riga 86.2%, rocketspacer 50.0%,
tachyons-clean 90.7%, wraypro 40.0%. Slowest parse 6 ms.
blind18 (eight NEW people in personas13.py: anaesthesiologist, luthier, quantity surveyor,
elevator technician, greenhouse crop manager, interior designer, commercial diver, flight
dispatcher; over 4 layouts in blind18.py: a Japanese rirekisho form in English with the history
as dated event rows oldest first, a Spanish CV with a "Datos personales" block and every heading
in Spanish, a EuropeAid tender DOCX with the family and first names in fields apart and the jobs
as table rows, a two-column resume as `pdftotext -layout` writes it) written after the
thirteenth round. First sight on fd1e0ee's parser, errors unread (08:03 UTC, load ~8 on 2
cores): blind18 37.7% (rirekisho 48.2%, docx_tender_cv 43.6%, txt_pdftotext_layout 23.2%,
cv_espanol 22.7%). P/R: name 41.7/31.2, e-mail 100/100, phone 100/75.0, employers 8.0/5.3,
roles 7.4/5.3, schools 13.3/9.1, degrees 33.3/22.7, certifications 100/0.0, languages
100/50.0, skills 58.3/29.1. Slowest parse 13 ms. blind18 stays blind.

The fourteenth round (tuned on blind16, now seen; aimed at generalising: rules about
structure, not the trade's or the layout's words). blind16 first sight on the thirteenth
round's parser (07:40 UTC): 73.2% (cards 90.6%, jakes_corners 81.4%, docx_career_summary
64.7%, txt_web_form 40.9%); P/R name 93.3/87.5, e-mail and phone 100/100, employers
100/52.9, roles 84.6/64.7, schools 52.9/40.9, degrees 45.8/50.0, certifications 56.5/59.1,
languages 100/65.9, skills 86.6/55.5. After the round (08:30 UTC): 97.5% (cards 97.4%,
jakes_corners 97.4%, docx_career_summary 97.7%, txt_web_form 97.7%); every field 100/100 but
skills 95.2/62.5 (skills named only in prose with words no vocabulary holds). Its rules:
a form's labels read by their head word ("Position held", "Company name", "From"/"To"), a
label shared by a run of lines dropped, a table of entries read from its header row's field
labels (a job told twice merged), "details" only qualifying a heading, a line of short
fields heading its entry whatever its words, any script's capital opening a name, a
two-line school entry read line by line (commas inside names kept), headings side by side
cutting the rows below into columns, run-in credential lists cut at commas, sub-labels
repeated in every job ("Key achievements:") opening no section, result columns skipped,
"with dates"/"attended" qualifying a heading, no range ending before it starts, a heading in
capitals whose words are unknown opening the section its dated block shows. Every other
seen group unchanged (tuned 99.9% ... blind15 96.9%). blind17, still blind, totals only:
75.9% before the round, 79.2% after the blind16-driven rules, 80.4% after the conventions
commit (whose shapes came from conventions the layouts' public descriptions name, so that
last step is no clean first sight; the last two commits left it at 80.4%). Slowest parse
14 ms (08:42 UTC).

The fourteenth round's merge (r14s skills precision, r14g on blind16, x14 on external; 08:55
UTC): external 82.4 -> 96.4% on the styled renders; blind, totals only: external_blind 81.1 ->
85.2%, external2 78.6 -> 79.2%, blind17 75.9 -> 79.2%, blind18 37.7 -> 37.6%.

"external3" (external3/: 12 more published themes, two more people each: boilerplate, dinesh,
flat-fr, msresume, onepage-plus, simple, simplistic, slick, spartacus, srt, standard-resume,
techlead; paper-plus-plus left out, a fork of the blind paper) was first read after the
fourteenth round: 90.6%. The fifteenth round tuned on it (French headings with accents
folded, ranges open at the line's end, education lines from empty or wrapped template
fields, grid chips): 97.0% (09:37 UTC). Blind, totals only: external_blind 85.2% (unchanged),
external2 79.2 -> 81.6% (lucide 17.1 -> 48.0%, minimal 92.1 -> 98.8%; employers P 94.6 -> 90.0,
degrees P 86.4 -> 82.6), blind17 79.2%, blind18 37.6%. Every other seen group unchanged.
Slowest parse 54 ms (under load).

"latex" and "latex2" (latex/: 10 LaTeX CV classes from CTAN as Debian's TeX Live ships
them, typeset by pdflatex from two new people each of personas8.py to personas11.py:
currvita, curve, europasscv, europecv, moderncv banking/casual/classic/fancy, simplecv, tucv;
latex/make_latex.py) are a second source of layouts nobody on this project wrote, both blind:
"latex" (currvita, europasscv, moderncv-banking, moderncv-classic, simplecv) for the round
that takes it first, "latex2" (the other five; named "latex_blind" while blind, until the
seventeenth round, which tunes on it from a blind figure of 74.1%) after. First sight
(parser of ff3ca8a, 10:58 UTC, load ~7 on 2 cores), totals only: latex 31.2%, latex2 30.3%.
P/R latex: name 0/0, e-mail and phone 100/100, employers 6.2/4.8, roles 5.9/4.8, schools,
degrees and certifications 0/0, languages 100/81.5, skills 18.8/7.9; latex2: name 0/0, e-mail and
phone 100/100, employers 0/0, roles 5.9/4.0, schools, degrees and certifications 0/0,
languages 100/85.7, skills 7.4/5.1. Per class: currvita 31.7%, europasscv 22.2%,
moderncv-banking 30.6%, moderncv-classic 31.7%, simplecv 34.0%; curve 28.8%, europecv 28.0%,
moderncv-casual 32.8%, moderncv-fancy 31.1%, tucv 30.8%. Slowest parse 36 ms. (Another PDF
reader, pdfium, finds 197 of the 199 labelled names, employers, roles, schools, degrees and
certifications as whole phrases in these PDFs; the two it misses are hyphenated at a line end.)

Bullets (the sixteenth round): a job's bullets are scored apart, on the "bullets *" row and a
"bullets:" line, never in the mean F1 (evaluate.py says how: a bullet is right only when it
equals a labelled one after normalisation). Generated seen groups take them from the people
(a functional layout prints none under its jobs, a hybrid one lifts each job's first, a dense
one folds the rest into a second, a federal one prints the duties as one paragraph and the
last as a key accomplishment: labels.py); external and external3 from what each seen
theme's HTML shows (make_external.py --bullets); blind groups have none. First measure, then
after reading two-column bullet lists column by column, unmapped bullet glyphs as bullets and
dropping one-word list labels and the person's own contact data from bullets (P/R, 11:00 UTC,
load ~6 on 2 cores): external 85.5/82.3 -> 100/97.5, external3 94.6/88.9 -> 98.9/92.9, blind3
92.5/100 -> 100/100; unchanged: tuned, held_out, fresh, blind2, blind4-6, blind10-15 100/100,
blind1 93.7/93.7, blind7 86.7/86.7, blind8 98.6/98.6 (with federal_usa labelled as printed;
93.2/88.5 before), blind9 88.9/95.2, blind16 98.8/98.8.
Mean F1 unchanged but external 96.4 -> 96.5% (skills R 73.5 -> 74.2). Blind, totals only:
blind17 79.2%, blind18 37.6%, external_blind 85.2%, external2 81.6%, all unchanged.

pdfLaTeX writes no space characters: extraction ran every LaTeX line together
("SeniorLandscapeArchitect"). After reading word spaces from the gaps between glyphs
(core/resume/word_gaps.py; found on an invented moderncv resume, tests/intake/fixtures/
pdflatex_moderncv.*, not on the set; every earlier group's 426 profiles unchanged), totals
only (11:21 UTC, load ~6): latex 31.2 -> 89.0%, latex2 30.3 -> 72.7%. P/R latex: name
100/80, employers 100/95.2, roles 95.2/95.2, schools 80/80, degrees 86.7/86.7, certifications
88.9/66.7, languages 100/100, skills 87.0/52.6; latex2: name 100/90, employers 93.8/60,
roles 85/68, schools 50/26.7, degrees 87.5/46.7, certifications 56.2/60, languages 100/75,
skills 52.6/38.5. Per class: currvita 87.2, europasscv 81.2, moderncv-banking 88.0,
moderncv-classic 93.6, simplecv 83.8; curve 63.2, europecv 72.9, moderncv-casual 86.7,
moderncv-fancy 33.4, tucv 82.4.
The sixteenth round tuned on external_blind (seen since then). First sight that round, before
any change (ff3ca8a, 10:37 UTC, load ~5 on 2 cores), totals only: external_blind 85.2%
(caffeine 99.7, compact 56.0, even 96.0, kendall 93.2, modern 96.9, paper 50.0, spartan
90.3%), external2 81.6%, blind17 79.2%, blind18 37.6%. Rules: section headings in a margin
beside their sections, centred or set below the first line, with dates in the same margin
(margin_heads.py); a word in small capitals is one word; a title-shaped line over
unbulleted sentences closes an entry's header, and a section's entries share one header
order (entry_order.py); a degree's dangling "in" before an empty field goes; a degree under
its school's dates stays with that school (degree_below.py); a start year stacked over its
end year is one range and a wrapped last cell joins its row (layout_rows.py); a grid of
chips under headings is read row by row; a form label never holds a date; a chip wrapped in
a grid's last row over a heading is one chip; month names, "now", "since" and range words in
French, Spanish, German, Portuguese, Italian and Dutch (month_names.py). external_blind
85.2 -> 98.0% (employers R 70.6 -> 100, roles 88.9/70.6 -> 100/100, schools 76.2/88.9 ->
100/100, degrees 57.9/68.8 -> 100/100, languages R 76.2 -> 100, skills 92.7/44.0 ->
93.1/69.8); external3 97.0 -> 97.2% (skills 92.6/66.7 -> 95.8/67.9); every other seen
group unchanged (11:22 UTC). Blind, totals only, at the round's end (11:23 UTC): external2
81.6 -> 84.6% (rocketspacer 50.0 -> 98.2, wraypro 40.0 -> 82.4, autumn 89.5 -> 99.5%;
employers R 70.6 -> 82.4, roles R 80.4 -> 90.2), blind17 79.2 -> 79.5% (skills P 86.0 ->
83.1), blind18 37.6% (unchanged).

All of the sixteenth round merged (r16 on external_blind, skills16, bullets, r16l on latex,
and the lead's word gaps; 12:05 UTC, load ~3), seen: tuned, held_out, shared, fresh,
blind1-6 99.8-99.9, blind7 99.4, blind8 98.7, blind9 98.4, blind10 97.4, blind11 98.4,
blind12 97.7, blind13 97.2, blind14 97.8, blind15 97.6, blind16 97.7, external 96.7,
external_blind 98.2, external3 97.4, latex 97.8; slowest parse 16 ms. Blind, totals only, one
run: external2 84.9% (81.6 at the session's start), blind17 79.8% (79.2; not clean), blind18
37.9% (37.6; not clean either: a skills helper's grep printed lines of personas12.py and
personas13.py), latex2 74.1% (30.3 at first sight, 72.7 after the word gaps).

The seventeenth round's LaTeX part tuned on latex2 ("latex_blind" until then: 74.1% blind at
the sixteenth round's end; bullets labelled from the .tex as latex's were). Rules: contact
lines beside the name leave a margin of headings (moderncv fancy read its margin before its
body), and a margin section with no dates is read whole; in a TeX file a hyphen after a
word's letters is marked soft and a word TeX cut at a line end is joined again (a browser's or
Word's hyphen stays); a field that stops at a comma or hyphen wraps under its row; a cell of
places and dates beside entries (a wrapped range's end counts as a date) is read row by row
and its wrapped range is one; short left-aligned labels and years each beside a value are
one table, a label beside running text or levels is no wrapped chip, a value wraps under its
bullet's hanging indent, a title-case list ending in a full stop stays a list; right-aligned
labels wrapped over lines join, a list's label alone opens its duties, a running footer with
a page number and the lines beside it go, europecv's grid labels are no skills; a line
opening with a year range is no soft wrap. latex2 74.1 -> 97.0% (curve 63.2 -> 97.2,
europecv 76.6 -> 98.3, moderncv-casual 88.1 -> 98.1, moderncv-fancy 33.4 -> 97.4, tucv 82.4
-> 94.1; degrees 93.3/93.3, skills 96.2/64.1, every other field 100/100), bullets 86.0/67.3
-> 100/100; latex 97.8 -> 97.9% (skills R 64.5 -> 65.8); every other seen group unchanged
(14:36 UTC, load ~4 on 2 cores; slowest parse 113 ms under that load). Left: tucv's place
wrapped at its hyphen in a narrow cell ("Saint-" over "Hyacinthe") reads "Saint" as a
degree; skills named only in prose.

"rendercv" and "rendercv_blind" (rendercv/: six themes RenderCV 2.8 publishes, typeset by
Typst, two people each in two of the theme's design variants; rendercv/make_rendercv.py):
every other theme alphabetically is "rendercv" (classic, engineeringresumes, moderncv), which
may be tuned on; the rest, "rendercv_blind" (engineeringclassic, harvard, sb2nov), is blind.
Labels written before any measure. First sight (parser of d02c3cb, 13:28 UTC, load ~4 on 2
cores), totals only: rendercv 94.8% (P/R: roles 93.3/100, schools 75/75, degrees 87.5/87.5,
skills 97.7/81.1, every other field 100/100; bullets 72.4/72.4), rendercv_blind 94.0%
(engineeringclassic 96.9, harvard 99.0, sb2nov 82.7; employers and roles 91.7/91.7, degrees
77.8/77.8, skills 97.0/66.7). Tuned on rendercv only (side_dates.py: an entry's dates in a
column beside its first bullets go back to its title line, a length of time there or under
the last bullet is dropped; a degree after the school in the school's cell is the degree; a
school by its acronym beside a course and a town): rendercv 94.8 -> 98.9% (schools, degrees,
roles 100/100; bullets 100/100; skills 97.7/81.1 unchanged: skills named only in bullets);
every other seen group read the same (13:42 UTC). rendercv_blind after, totals only (13:54
UTC, load ~5): 94.0% (unchanged: the rules did not reach its misses; its errors unread).
"office" (office/: one resume of each of the 20 seen DOCX layouts, one person each, exported
to PDF by LibreOffice 7.4 `soffice --headless --convert-to pdf` with Debian's Carlito, Caladea,
Liberation and DejaVu fonts; office/make_office.py) is seen: its people and layouts are seen,
only the PDF producer is new; its labels are those of the DOCX source. First sight (parser of
d02c3cb, 13:30 UTC), mean F1 91.9% against 99.2% for the same 20 files read as DOCX (`--office`
sets each PDF beside its DOCX): docx_textbox 56.0 (100 as DOCX), docx_timeline 56.2 (100),
docx_three_col 64.7 (100), docx_merged_cells 83.8 (97.1), docx_two_columns 84.7 (99.4),
docx_cells 89.5 (99.5), docx_table 90.0 (100), docx_europass_grid 91.4 (98.3),
docx_sidebar_cell 94.0 (100), docx_career_summary 94.0 (98.6); the other ten read as their
DOCX. P/R: name 100/95, e-mail 95/95, phone 100/100, employers 94.9/82.2, roles 90.2/82.2,
schools 92.0/92.0, degrees 91.7/88.0, certifications 90.5/86.4, languages 100/96.1, skills
89.1/79.7, bullets 94.9/81.3. Faults found: a table laid out row by row (dates or places in one
cell, the entry in the next, section headings across the page between rows) read as a
sidebar and a main column; a range wrapped in a left-aligned date cell; a cell's wrapped
end alone on the next line; a tab that reached its stop 1.5 pt past the text (LibreOffice
writes spaces as characters, a tab only as a gap) running "DublinSep" together; a line of
the left column ending inside the gutter sending the rest of the page below the short
right column; a section heading set tight under a table's last row read as that row's
wrapped end; and in the set itself, docx_textbox's VML box had no position, so it stood
over the body (now at the right margin with the body wrapped around it: its DOCX text is
the same). After the rules (14:03 UTC, load ~7 on 2 cores): office 97.7%, every other seen
group's P/R unchanged; 17 of the 20 PDFs read as their DOCX, docx_table 90.0 (100 as DOCX:
"Class Teacher, St. Patrick's National" wrapped in its cell before "School, Dublin"),
docx_europass_grid 91.4 (98.3: the CEFR grid runs off the page in LibreOffice's layout),
docx_sidebar_cell 94.0 (100: "BLS Certification, American Heart" over "Association" in the
sidebar). P/R: employers and roles 97.8/97.8, certifications 91.3/95.5, languages 100/98.0,
skills 92.3/86.3, bullets 95.6/95.6, the rest 100/100.
DOCX list bullets (core/adapters/docx_lists.py): Word keeps a bulleted item's glyph in
numbering.xml, so the DOCX reader saw plain lines and a job's first bullet ran into the
line above it. An item of a list level formatted as a bullet that reads as a sentence (ends
with a full stop, four words or more) now reads "• ..."; entries written as list items
(blind5's bold "Role at Employer" and the employer under it, blind7's degrees) stay as
written, and so do numbered lists. Seen groups with DOCX (14:16 UTC): blind7 bullets
86.7/86.7 -> 88.2/100 (its employers' one-line descriptions now stand apart, read as
bullets); every other figure of tuned, held_out, fresh and blind1-16 unchanged (a previous
try that bulleted every numbered paragraph cost blind5 6.9 and blind7 4.1 points).

Skills (skills17, 14:30 UTC, load ~6): disputed labels settled one way (a tool the work was
done in is a skill, "[food safety] inspections" as "[site safety] inspections", an item
beside a bracketed one in the same list bracketed too); names read as verbs ("Fitness
instructor teaching ...", "Triage walk-in emergencies"), glued to a letter ("X-radiography")
or inside a listed name claim nothing; phrases around Translation or Interpreting are skills;
"education" after a known name and hyphenated nouns of work head a phrase. Skills P/R:
tuned, held_out, fresh, blind1-6 P 98.2-99.1 -> 100, blind7 95.5 -> 96.9, blind8 96.7/79.5
-> 98.3/79.7, blind9 96.6/74.7 -> 98.3/76.3, blind10 95.7/62.0 -> 97.8/63.4, blind11
94.8/75.3 -> 98.3/77.3, blind12 96.1/64.5 -> 100/67.5, blind13 93.0/58.8 -> 97.7/60.0,
blind14 95.0/66.7 -> 95.2/70.2, blind15 95.1 -> 97.5, external 95.3/77.3 -> 99.0/77.6,
external_blind 93.4/73.3 -> 96.7/73.7, external3 97.5/70.2 -> 98.4/72.0; no other field moves.
Blind, totals only, the parser before and after the round on the same labels (14:38 UTC):
blind17 79.8 -> 79.8% (skills 85.6/64.2 both), blind18 38.1 -> 38.0% (skills 71.0/21.4 ->
70.0/20.4), external2 84.9 -> 85.0% (skills 93.5/73.0 -> 93.6/74.2), latex_blind 74.1 ->
74.3% (skills 61.7/47.4 -> 62.9/50.0).

The seventeenth round merged (rendercv, office, r17l, skills17 and the lead's typed-resume
rules: Indian, Brazilian, German, French and markdown resumes as people type them), full bench
at 14:45 UTC on an idle machine: tuned 100.0, held_out 99.9, shared 99.9, fresh 99.9, blind1
100.0, blind2 99.8, blind3-6 100.0, blind7 99.5, blind8 98.8, blind9 98.6, blind10 97.6,
blind11 98.7, blind12 98.1, blind13 97.4, blind14 98.1, blind15 97.6, blind16 97.7, external
96.8, external_blind 98.4, external3 97.6, latex 97.9, latex2 97.2, rendercv 99.0, office
97.8 (98.2 once a Europass level grid broken into lines went: skills P 92.4 -> 98.5); slowest
parse 58 ms. Skills P is 95.2-100 in every seen group. Then, each with the rest unchanged
(15:09 UTC): a name set over two lines and printed whole under them (external name 93.8 ->
100), brackets after a school's name that hold no place (external schools 94.7 -> 100;
external 97.5 -> 98.0), a hyphenated name wrapped in its cell (latex2 degrees 93.3 -> 100,
latex2 97.9). Every seen group's contact fields now read 100/100, employers and roles 97.8 or
more, schools P 97.0 or more and R 94.1 or more (external3's reading order), degrees 97.1
or more, skills P 95.2 or more.
Blind, totals only (14:51 UTC): blind17 81.6%, blind18 40.2%, external2 85.0%, rendercv_blind
94.0% (engineeringclassic 96.9, harvard 99.0, sb2nov 82.7).

The eighteenth round (one session later) took external3's last miss: a theme that gives each
entry a row (employer, dates and title left, its highlights right, headings across the left
between rows, a second school beside the first) read as two columns, so every highlight
followed the last job and the right-hand school followed the highlights
(layout_entry_rows.py: the right side's blocks each start on the row of a left line and a
left line stands in a break between two of them, with no larger heading on the right);
a one-word label over a job's list ("Highlights") no longer runs into its first bullet; an
unmapped bullet glyph counts over the whole document (a list's last item alone on page 2);
"University of Nigeria, Nsukka" keeps its campus town. external3 schools 97.0/94.1 ->
100/100, degrees R 97.1 -> 100, bullets 98.9/92.9 -> 100/100 (mean 97.6 -> 98.3); of 419
seen profiles 4 changed (2 external_blind resumes lost "Highlights" from a bullet), every
other unchanged (16:24 UTC, idle): every seen group now reads contact fields 97 or more,
employers, roles, schools and degrees 95 or more (P and R), skills P 95 or more. Blind,
totals only, once: blind17 81.6%, blind18 40.1%, external2 85.0%, rendercv_blind 94.0%.
Typed resumes (Nigerian, UK, US nurse, Indian, German, French, US software) then fixed, each
leaving every seen profile as it was. Office: a line followed closely by the next, in a block
of paragraphs spaced apart where every close pair is a wrap, reads on
(layout_spaced_paragraphs.py): docx_table 90.0 -> 100, docx_sidebar_cell 94.0 -> 100, office
98.2 -> 99.3% (employers, roles 97.8 -> 100, certifications 91.3/95.5 -> 100/100); every
office PDF now reads as its DOCX; 2 of 419 seen profiles changed, both office, both toward
their labels. Full bench at 17:31 UTC (idle): as above, office 99.3, slowest parse 54 ms.

    python bench/eval_resumes.py            # the seen groups: the table and a summary line
    python bench/eval_resumes.py --blind    # all groups, blind included (totals only)
    python bench/eval_resumes.py --errors   # also the wrong values of the seen groups
    python bench/eval_resumes.py --groups blind8,blind9   # only these groups (quicker)
    python bench/eval_resumes.py --office [--errors]  # each LibreOffice PDF's mean F1
                                            # beside its DOCX source's (and what differs)
    python bench/eval_resumes.py --engines  # mean F1 per PDF reader (pypdf, pypdf layout,
                                            # word geometry), read in-process
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.adapters.resume_extract import ENGINES
from tests.intake.resume_set.evaluate import BULLET_FIELD, FIELDS, Score, mean_f1
from tests.intake.resume_set.run import BLIND, GROUPS, SEEN, run_set


def engines() -> None:
    for engine in ENGINES:
        run = run_set(SEEN, engine=engine)
        scores = "; ".join(f"{g} {mean_f1(run.total(g)):.1%}" for g in SEEN)
        print(f"engine {engine:<13} mean F1: {scores}")


def office() -> None:
    """Each LibreOffice PDF of the "office" group beside the DOCX it was exported from."""
    from tests.intake.resume_set.office.compare import pairs, source_results

    run = run_set(("office",))
    run.results += source_results()
    found = pairs(run)
    print(f"{'layout':<26}{'person':<28}{'DOCX':>8}{'PDF':>8}{'drop':>8}")
    for p in found:
        docx, pdf = mean_f1(p.docx.score), mean_f1(p.pdf.score)
        print(f"{p.layout:<26}{p.person:<28}{docx:>8.1%}{pdf:>8.1%}{docx - pdf:>8.1%}")
        if "--errors" in sys.argv and p.pdf.wrong != p.docx.wrong:
            print(f"    DOCX wrong: {p.docx.wrong}\n    PDF wrong:  {p.pdf.wrong}")
    worst = max((p.drop for p in found), default=0.0)
    print(f"summary: office {len(found)} PDFs, largest drop below their DOCX {worst:.1%}")


def main() -> None:
    if "--engines" in sys.argv:
        engines()
        return
    if "--office" in sys.argv:
        office()
        return
    show_errors = "--errors" in sys.argv
    groups = GROUPS if "--blind" in sys.argv else SEEN
    if "--groups" in sys.argv:  # a quicker look: --groups blind8,blind9 (blind ones need --blind)
        wanted = sys.argv[sys.argv.index("--groups") + 1].split(",")
        groups = tuple(g for g in groups if g in wanted)
    run = run_set(groups)
    counts = {g: sum(1 for r in run.results if r.group == g) for g in groups}
    layouts = {g: len({r.layout for r in run.results if r.group == g}) for g in groups}
    print(f"resumes: {len(run.results)} " + " ".join(f"{g}={counts[g]}" for g in groups))
    print("layouts: " + " ".join(f"{g}={layouts[g]}" for g in groups if g != "shared"))
    print(f"{'field':<15}" + "".join(f"{g + ' P':>12}{g + ' R':>12}" for g in groups))
    for f in FIELDS:
        row = f"{f:<15}"
        for g in groups:
            s = run.total(g)
            row += f"{s.precision(f):>12.1%}{s.recall(f):>12.1%}"
        print(row)
    # bullets are scored apart (only where labelled), outside the mean F1 of older rounds
    row = f"{BULLET_FIELD + ' *':<15}"
    for g in groups:
        s = run.total(g)
        if s.expected[BULLET_FIELD]:
            row += f"{s.precision(BULLET_FIELD):>12.1%}{s.recall(BULLET_FIELD):>12.1%}"
        else:
            row += f"{'-':>12}{'-':>12}"
    print(row + "   (* not in the mean F1)")
    if show_errors:
        for r in run.results:
            if r.group in SEEN and r.wrong:  # never the blind group's
                print(f"--- {r.name}: {r.wrong}")
    for group in BLIND:  # totals per blind layout, never its errors
        for layout in sorted({r.layout for r in run.results if r.group == group}):
            one = Score()
            for r in run.results:
                if r.layout == layout:
                    one.add(r.score)
            print(f"{group} layout {layout:<26} mean F1 {mean_f1(one):.1%}")
    parse_ms = max(r.parse_s for r in run.results) * 1000
    summary = [f"{g} mean F1 {mean_f1(run.total(g)):.1%}" for g in groups]
    print(f"summary: {'; '.join(summary)}; slowest parse {parse_ms:.0f} ms")
    bullets = [
        f"{g} P {s.precision(BULLET_FIELD):.1%} R {s.recall(BULLET_FIELD):.1%}"
        for g in groups
        if (s := run.total(g)).expected[BULLET_FIELD]
    ]
    if bullets:
        print(f"bullets: {'; '.join(bullets)}")


if __name__ == "__main__":
    main()
