// English chapter texts: short summaries in our own words for a reader who knows no Swedish,
// and the same key figures as the Swedish pages. Every KeyFigure.value stays exactly as printed
// on KeyFigure.sourceLine of ../shared/seeds/004_86ad6970ecedb8a8.txt; the page shows it in
// English number format (src/lib/localize.ts), or as `display` where the value is words.
// Benefit and agency names follow data/2025/en/glossary.json.

import type { ChapterText } from './types.ts';

/** The chapter titles in English, by slug (the Swedish titles are in data/2025/chapters.json). */
export const chapterTitles: Record<string, string> = {
  'generaldirektoren-har-ordet': 'A word from the Director-General',
  'vart-uppdrag': 'Our mission',
  'resultatredovisningens-uppbyggnad': 'How the performance report is structured',
  'aret-som-gatt': 'The year in review',
  'formaner-till-barn-och-familjer': 'Benefits for children and families',
  'mal-for-foraldraforsakringen': 'Goal for the parental insurance',
  'formaner-vid-funktionsnedsattning': 'Benefits for people with disabilities',
  'mal-for-assistansersattningen': 'Goal for the assistance allowance',
  'formaner-vid-sjukdom-och-nedsatt-arbetsformaga': 'Benefits in case of illness and reduced work capacity',
  'mal-for-sjukforsakringen': 'Goal for the sickness insurance',
  'formaner-inom-arbetsmarknadsomradet-tandvard-och-internationell-vard': 'Labour market benefits, dental care and international healthcare',
  'mal-for-minskade-felaktiga-utbetalningar': 'Goal for fewer incorrect payments',
  'gemensamma-nyckeltal-och-nyckeltal-per-forman': 'Common key indicators and key indicators by benefit',
  'medarbetare-och-kompetensforsorjning': 'Employees and skills supply',
  verksamhetsutveckling: 'Developing the organisation',
  'arbetet-med-manskliga-rattigheter': 'Work on human rights',
  'stabs-och-expertfunktionen': 'Advisory and expert role',
  'avgiftsbelagd-verksamhet': 'Fee-financed activities',
  'finansiell-redovisning': 'Financial statements',
  'intern-styrning-och-kontroll': 'Internal governance and control',
  'beslut-om-arsredovisningen': 'Adoption of the annual report',
  formansforteckning: 'List of benefits',
};

export const chapterTexts: Record<string, ChapterText> = {
  'generaldirektoren-har-ordet': {
    summary: [
      'Nils Öberg, Director-General of the Swedish Social Insurance Agency, looks back on 2025: a year in which the Agency hired and trained an unusually large number of new staff.',
      'The aim of the recruitment drive is for the most important benefits to reach acceptable results by the end of 2026 at the latest. Above all, that means shorter processing times, better accessibility and fewer incorrect payments.',
      'According to the Director-General, results have started to improve, even though many of the new employees are still learning the job. He also points out that the Agency now has access to more information to check claims against, which makes fraud easier to detect.',
    ],
    keyFigures: [
      { label: 'Recruitments during the year (more than)', value: '3 000', unit: 'recruitments', sourceLine: 4 },
      { label: 'More employees than a year earlier (just over)', value: '1 100', unit: 'people', sourceLine: 9 },
    ],
  },

  'vart-uppdrag': {
    summary: [
      "This chapter describes what the Swedish Social Insurance Agency does and how it is organised. Its main task is to administer a large part of Sweden's social insurance, and it also handles a number of other allowances and grants.",
      'The work must be legally certain and efficient. Anyone entitled to a benefit should receive the right amount on time, and everyone should be able to get help understanding their rights and obligations.',
      'The Agency is led by a board appointed by the Government. Under the board are the Director-General, the Deputy Director-General and eleven departments. The insurance departments deal with the insured; the other departments support and steer the work.',
    ],
    keyFigures: [
      { label: 'Employees at the end of the year', value: '13 927', unit: 'people', sourceLine: 108 },
      { label: 'Locations with offices (approximately)', value: '60-tal', display: 'about 60', unit: 'locations', sourceLine: 108 },
    ],
  },

  'resultatredovisningens-uppbyggnad': {
    summary: [
      'This chapter explains how the performance part of the annual report is built up and how the Swedish Social Insurance Agency assesses its own results.',
      "The quality of case handling is judged from four angles: investigations and decisions, speed, service, and productivity. The evidence includes case reviews, indicators, the Agency's customer survey and external audits.",
      'Only the most important benefits are reported in detail. A benefit is included if it accounts for large expenditure or costs, many decisions or clear problems. International healthcare is included because its processing times have been long.',
      "The Government's appropriation directions set the Agency five goals. Each goal is assessed as met, largely met, partly met or not met.",
    ],
    keyFigures: [
      { label: 'Benefits reported in detail', value: '15', unit: 'benefits', sourceLine: 352 },
      { label: 'Their share of insurance expenditure', value: '94', unit: 'per cent', sourceLine: 353 },
      { label: 'Their share of administrative costs', value: '82', unit: 'per cent', sourceLine: 354 },
      { label: 'Significance level in the customer survey', value: '5', unit: 'per cent', sourceLine: 257 },
    ],
  },

  'aret-som-gatt': {
    summary: [
      "An overview of 2025: how much was paid out, how many people received money, what the Agency's work cost and how well case handling worked.",
      "Payments were at roughly the same level as the year before. Just under half went to people who are ill or have a disability, and about a third to families with children. Spending on housing allowance fell sharply, while spending on carer's allowance rose.",
      'Administrative costs went up, mainly because the Agency hired many new case officers. A larger share of phone calls was answered and waiting times on the phone became shorter. Processing times became shorter for some benefits and longer for others.',
      'The goal for accessibility and case handling is assessed as partly met: telephone service was good and stable, but the number of pending cases fell for only just under half of the benefits.',
    ],
    keyFigures: [
      { label: 'Paid out from the insurance', value: '262 114', unit: 'SEK million', sourceLine: 563 },
      { label: 'Administrative costs', value: '11 520', unit: 'SEK million', sourceLine: 795 },
      { label: 'Decisions during the year', value: '21,5', unit: 'million decisions', sourceLine: 983 },
      { label: 'Recruitments', value: '3 416', unit: 'recruitments', sourceLine: 960 },
      { label: 'Calls answered (telephone accessibility)', value: '87', unit: 'per cent', sourceLine: 1333 },
      { label: 'Average waiting time on the phone', value: '8', unit: 'minutes', sourceLine: 1335 },
    ],
  },

  'formaner-till-barn-och-familjer': {
    summary: [
      'This chapter covers child allowance, housing allowance, maintenance support, parental benefit and temporary parental benefit (paid mainly to parents who stay at home to care for a sick child). For each benefit it describes quality, processing times, service and costs.',
      'After a year with fewer staff, queues grew and several processing times became longer, despite many new hires. Maintenance support is the exception: there, cases were handled much faster. Parental benefit and temporary parental benefit are still handled quickly.',
      'Housing allowance moved to a new case management system, which slowed handling down for a while. The number of people receiving housing allowance kept falling, and the supplementary allowance for families with children, introduced in 2020 to compensate for higher living costs, was paid for the last time for June 2025.',
      'The Agency made more checks before paying out, especially for temporary parental benefit. Telephone service is judged to be very good for all five benefits.',
    ],
    keyFigures: [
      { label: 'Processing time, maintenance support', value: '59', unit: 'days on average', sourceLine: 2004 },
      { label: 'Processing time, housing allowance', value: '47', unit: 'days on average', sourceLine: 2002 },
      { label: 'Automated decisions on parental benefit', value: '73', unit: 'per cent', sourceLine: 2089 },
      { label: 'Incorrect payments stopped, parental benefit and temporary parental benefit (approximately)', value: '72,2', unit: 'SEK million', sourceLine: 1687 },
      { label: 'Families with children who received the supplementary allowance', value: '109 000', unit: 'families', sourceLine: 2322 },
      { label: 'Supplementary allowance paid out', value: '398,0', unit: 'SEK million', sourceLine: 2323 },
    ],
  },

  'mal-for-foraldraforsakringen': {
    summary: [
      'The goal is for the Swedish Social Insurance Agency to make it easier for women and men to share parental benefit and temporary parental benefit equally. Its information should give parents a better understanding of the rules and of what the split means in the long run.',
      'The Agency assesses the goal as met. It has informed widely, mostly through digital channels, and has reached out to groups who take few days, such as self-employed parents and parents who speak other languages.',
      "The actual use of the benefits has nonetheless not become more equal. Men's share of parental benefit days has stayed at around 30 per cent since 2018 and fell slightly in 2025. Men's share of days spent caring for a sick child also fell.",
    ],
    keyFigures: [
      { label: "Men's share of parental benefit days", value: '30,6', unit: 'per cent', sourceLine: 2385 },
      { label: "Men's share of days caring for a sick child", value: '37,4', unit: 'per cent', sourceLine: 2397 },
      { label: "Men's share of all temporary parental benefit", value: '43,8', unit: 'per cent', sourceLine: 2401 },
      { label: "Visitors to the website's pages for parents", value: '5,7', unit: 'million people', sourceLine: 2432 },
      { label: 'Views of Facebook posts', value: '60,5', unit: 'million views', sourceLine: 2436 },
    ],
  },

  'formaner-vid-funktionsnedsattning': {
    summary: [
      "This chapter reports on assistance allowance (for personal assistance to people with extensive disabilities) and carer's allowance (for parents caring for a child with a disability).",
      'Assistance allowance had a stable year. Processing times became shorter, the number of pending cases fell and more payment decisions were made automatically. The cost per decision fell slightly.',
      "Carer's allowance still receives many applications. The Agency hired more case officers and became more efficient, but processing times and the queue grew all the same. Towards the end of the year the number of pending cases began to fall month by month.",
      "More parents now apply jointly for carer's allowance for the same child, which may help the care of the child to be shared more equally.",
    ],
    keyFigures: [
      { label: 'Processing time, assistance allowance', value: '130', unit: 'days on average', sourceLine: 2916 },
      { label: "Processing time, carer's allowance", value: '115', unit: 'days on average', sourceLine: 2890 },
      { label: "Pending cases, carer's allowance", value: '43 287', unit: 'cases', sourceLine: 2907 },
      { label: 'Automated decisions on payment of assistance allowance', value: '49', unit: 'per cent', sourceLine: 2924 },
      { label: "Change in cost per decision, carer's allowance", value: '–19,6', unit: 'per cent', sourceLine: 3056 },
      { label: "Parents who applied jointly for carer's allowance", value: '54', unit: 'per cent', sourceLine: 2864 },
    ],
  },

  'mal-for-assistansersattningen': {
    summary: [
      'The goal is for assistance allowance to be handled with high quality, in a legally certain way and equally across the country. Those who are entitled should receive the allowance, those who are not should not, and fraud should be prevented.',
      'The Swedish Social Insurance Agency assesses the goal as met. Decisions are judged to be equal between women and men and between different parts of the country, since the differences that do appear do not persist over time.',
      "Controls are judged to be good within today's rules. At the same time, the Agency considers that the law is not enough to stop crime fully. New rules from December 2025 give it somewhat more scope to obtain information.",
    ],
    keyFigures: [
      { label: 'Applications that were refused', value: '67', unit: 'per cent', sourceLine: 3125 },
      { label: 'Control investigations completed', value: '359', unit: 'investigations', sourceLine: 3221 },
      { label: 'Police reports after a control investigation', value: '40', unit: 'reports', sourceLine: 3226 },
      { label: 'Reports on assistance providers to the Health and Social Care Inspectorate (IVO)', value: '38', unit: 'reports', sourceLine: 3195 },
      { label: 'Automated decisions on payment', value: '49', unit: 'per cent', sourceLine: 3210 },
    ],
  },

  'formaner-vid-sjukdom-och-nedsatt-arbetsformaga': {
    summary: [
      'This chapter reports on three benefits: activity compensation, for people aged 19–29 who because of a disability need longer to finish school or whose work capacity is reduced for at least a year; sickness compensation, for people whose work capacity is permanently reduced; and sickness benefit, for people temporarily unable to work because of illness or injury.',
      'The Agency received more funding and was able to hire more staff. Case reviews found few errors, and the quality of case handling is judged to be good.',
      'For sickness benefit, cases were handled faster and the queue became shorter. Telephone service improved considerably. Employers sent in many more return-to-work plans, and more follow-up meetings were held.',
      'For sickness compensation, processing times were longer than the Agency wants, because staffing was low during 2024. Activity compensation for young people in extended schooling also took longer than intended.',
    ],
    keyFigures: [
      { label: 'Processing time, sickness benefit', value: '22', unit: 'days on average', sourceLine: 3850 },
      { label: 'Processing time, sickness compensation', value: '112', unit: 'days on average', sourceLine: 3848 },
      { label: 'Calls about sickness benefit answered', value: '92', unit: 'per cent', sourceLine: 3984 },
      { label: 'Return-to-work plans from employers (approximately)', value: '98 000', unit: 'plans', sourceLine: 3827 },
      { label: 'Follow-up meetings on sickness benefit', value: '67 490', unit: 'meetings', sourceLine: 3685 },
      { label: 'Follow-ups of sickness compensation (approximately)', value: '38 000', unit: 'follow-ups', sourceLine: 3584 },
    ],
  },

  'mal-for-sjukforsakringen': {
    summary: [
      'The goal is for the sickness insurance to give financial security and effective support back to work. The Swedish Social Insurance Agency should find out early whether a person on sick leave needs rehabilitation.',
      'The Agency assesses the goal as largely met. Its work on sickness benefit led to clear improvements, but few young people with activity compensation still move on to work or studies.',
      'Sickness absence fell slightly: the ill-health rate went down, fewer new sickness cases started and cases became shorter. Women still have considerably higher sickness absence than men.',
      'Fewer people received sickness compensation, while more received activity compensation. The chapter also describes cooperation with the health service, employers, the Swedish Public Employment Service and local coordination associations.',
    ],
    keyFigures: [
      { label: 'The ill-health rate', value: '22,0', unit: 'days per insured person', sourceLine: 4179 },
      { label: 'People receiving sickness benefit in December', value: '212 929', unit: 'people', sourceLine: 4306 },
      { label: 'New sickness cases per month (January–September)', value: '46 300', unit: 'cases', sourceLine: 4335 },
      { label: 'People receiving sickness compensation in December', value: '214 152', unit: 'people', sourceLine: 4479 },
      { label: 'People receiving activity compensation in December', value: '34 440', unit: 'people', sourceLine: 4622 },
      { label: 'New awards of sickness compensation', value: '9 900', unit: 'people', sourceLine: 4497 },
    ],
  },

  'formaner-inom-arbetsmarknadsomradet-tandvard-och-internationell-vard': {
    summary: [
      'This chapter covers payments to people taking part in labour market programmes (activity support, development allowance and introduction benefit), state dental care support, and international healthcare: compensation for care received in other countries.',
      'For activity support, development allowance and introduction benefit, more decisions were made automatically. Almost all payments went out on time, and waiting times on the phone became shorter. New rules for the compensation came into force in October 2025.',
      'State dental care support is almost entirely automated, and most decisions are made at once. Many new investigators were hired. Because experienced investigators spent time supervising them, there were temporarily fewer sanctions and police reports.',
      'Cases in international healthcare have taken too long for many years. Processing times and queues went down in 2025, but for care abroad they are still too long.',
    ],
    keyFigures: [
      { label: 'Automated decisions, labour market benefits', value: '69', unit: 'per cent', sourceLine: 5118 },
      { label: 'Payments on time, labour market benefits', value: '94,2', unit: 'per cent', sourceLine: 5299 },
      { label: 'Recovered after checks after payment, state dental care support', value: '32 166', unit: 'SEK thousand', sourceLine: 5498 },
      { label: 'Processing time, care abroad', value: '262', unit: 'days on average', sourceLine: 5734 },
      { label: 'Cases in the queue, care abroad', value: '22 700', unit: 'cases', sourceLine: 5730 },
      { label: 'Compensation paid out for care abroad', value: '444', unit: 'SEK million', sourceLine: 5736 },
    ],
  },

  'mal-for-minskade-felaktiga-utbetalningar': {
    summary: [
      'The goal is to reduce incorrect payments and crime against the welfare systems. This chapter reports the errors detected, control investigations, police reports, recovery claims and debts owed to the Agency.',
      'The Swedish Social Insurance Agency assesses the goal as partly met. Incorrect payments are still extensive, and benefit fraud is the greatest risk.',
      'Fewer incorrect payments were detected than in 2024, mainly because fewer errors were found when housing allowance was reconciled against final incomes. Leaving housing allowance aside, the level was about the same. The number of police reports rose.',
      "The Agency hired more control investigators and set up a dedicated department against benefit fraud from February 2026. New data from employers' monthly tax returns are expected to make checks better.",
    ],
    keyFigures: [
      { label: 'Incorrect payments detected', value: '178 767', unit: 'payments', sourceLine: 5948 },
      { label: 'Amount of incorrect payments detected', value: '2 038,1', unit: 'SEK million', sourceLine: 6014 },
      { label: 'Estimated amount paid out incorrectly', value: '10 202', unit: 'SEK million', sourceLine: 6398 },
      { label: 'Control investigations completed', value: '28 925', unit: 'investigations', sourceLine: 6468 },
      { label: 'Police reports', value: '9 097', unit: 'reports', sourceLine: 6777 },
      { label: 'Amount claimed back', value: '1 811,8', unit: 'SEK million', sourceLine: 7391 },
    ],
  },

  'gemensamma-nyckeltal-och-nyckeltal-per-forman': {
    summary: [
      'This chapter gathers the most important key indicators for the benefits reported in detail, in tables common to all of them: expenditure, administrative costs, numbers of recipients, decisions and payments.',
      'There are also tables of cost per decision, processing times, pending cases, incorrect payments, internal checks and reconsideration. Most figures are given for three years and for women and men separately.',
      'The chapter contains no new assessments. It serves as a reference section for the other chapters.',
    ],
    keyFigures: [
      { label: 'Insurance expenditure, total', value: '262 114', unit: 'SEK million', sourceLine: 7666 },
      { label: 'Administrative costs, total', value: '11 520', unit: 'SEK million', sourceLine: 7714 },
      { label: 'Payments, total', value: '61 234 902', unit: 'payments', sourceLine: 7901 },
      { label: 'Decisions, total', value: '21 485 765', unit: 'decisions', sourceLine: 7826 },
      { label: 'Incorrect payments detected', value: '124 081', unit: 'payments', sourceLine: 8050 },
      { label: 'Requests for reconsideration received', value: '51 334', unit: 'requests', sourceLine: 8235 },
    ],
  },

  'medarbetare-och-kompetensforsorjning': {
    summary: [
      'This chapter is about how the Swedish Social Insurance Agency recruits, develops and keeps its staff.',
      'The year was marked by a great deal of hiring. The Agency received more funding to shorten processing times, improve accessibility and counter benefit fraud, and experienced employees spent much of their time training the new ones.',
      'Staff turnover and sickness absence stayed at about the 2024 level, while the number of training participants and hours of overtime rose sharply. The Agency considers that its skills supply has worked well.',
    ],
    keyFigures: [
      { label: 'Employees at the end of the year', value: '13 927', unit: 'people', sourceLine: 8375 },
      { label: 'Full-time equivalents', value: '11 554', unit: 'full-time equivalents', sourceLine: 8387 },
      { label: 'Recruitments', value: '3 416', unit: 'recruitments', sourceLine: 8420 },
      { label: 'Staff turnover', value: '6,8', unit: 'per cent', sourceLine: 8519 },
      { label: 'Sickness absence', value: '5,6', unit: 'per cent', sourceLine: 8541 },
      { label: 'Threats, harassment and other attempts to influence employees', value: '1 613', unit: 'incidents', sourceLine: 8607 },
    ],
  },

  verksamhetsutveckling: {
    summary: [
      'This chapter describes how the Swedish Social Insurance Agency develops its IT systems, e-services and ways of working.',
      'In 2025 the Agency continued to replace old systems and to build a common platform. Much of the development effort went on new legislation and necessary maintenance, so other development had to wait.',
      'New and better e-services should make it easier for people to give the right information. More automated checks and data from the Swedish Tax Agency should make errors and benefit fraud easier to detect.',
      'The Agency also prepared a new department against benefit fraud and strengthened its preparedness for crisis and war. Work on the former electricity price support is still going on on a small scale.',
    ],
    keyFigures: [
      { label: 'Cost of digital development', value: '566 876', unit: 'SEK thousand', sourceLine: 8897 },
      { label: 'Increase in development cost', value: '6', unit: 'per cent', sourceLine: 8908 },
      { label: 'Hours worked on digital development', value: '799 618', unit: 'hours', sourceLine: 8906 },
      { label: 'Cost of the work on electricity price support', value: '1,8', unit: 'SEK million', sourceLine: 9060 },
      { label: 'Electricity price support cases left at the end of the year (approximately)', value: '36 400', unit: 'cases', sourceLine: 9082 },
    ],
  },

  'arbetet-med-manskliga-rattigheter': {
    summary: [
      'This chapter describes how the Swedish Social Insurance Agency works with human rights: the rights of national minorities and of children, disability policy and gender equality.',
      "The Agency has consulted representatives of Sweden's national minorities, who feel that it knows too little about their situation. It is now working to spread more knowledge internally.",
      "Work against men's violence against women was affected by criticism from the Parliamentary Ombudsmen: questions about violence may only be asked when the answers are needed for the decision in a case. Working methods have been reviewed as a result.",
      "More employees now know how to report concern about a child to the social services. In carer's allowance cases, case officers also more often tell parents that they can share the allowance.",
    ],
    keyFigures: [
      { label: 'Employees who know how to report concern about a child', value: '72', unit: 'per cent', sourceLine: 9135 },
      { label: 'Reports of concern about a child', value: '456', unit: 'reports', sourceLine: 9138 },
      { label: 'Employees and managers trained in gender equality and violence (approximately)', value: '2 500', unit: 'people', sourceLine: 9209 },
      { label: 'Sickness benefit investigators who ask all or most people about violence (approximately)', value: '83', unit: 'per cent', sourceLine: 9305 },
      { label: 'Printed copies of the dialogue tool Jobba i Sverige (Working in Sweden)', value: '14 550', unit: 'copies', sourceLine: 9369 },
    ],
  },

  'stabs-och-expertfunktionen': {
    summary: [
      "This chapter describes the Swedish Social Insurance Agency's role as a source of knowledge and expert adviser to the Government.",
      'The Agency produces analyses and official statistics on social insurance. Together with the Swedish Research Council for Health, Working Life and Welfare (Forte) it also funds research on mental ill-health and working life.',
      'The Agency takes part in Nordic and European cooperation on social security. It also leads the emergency preparedness sector for economic security, which is to make sure that payments keep working even in crisis and war.',
    ],
    keyFigures: [
      { label: 'Social insurance and research reports', value: '9', unit: 'reports', sourceLine: 9425 },
      { label: 'Annual research budget under the appropriation directions', value: '8,9', unit: 'SEK million', sourceLine: 9443 },
      { label: 'Paid to research projects with Forte', value: '8,5', unit: 'SEK million', sourceLine: 9450 },
      { label: 'Questions about statistics answered each year (approximately)', value: '600', unit: 'questions', sourceLine: 9512 },
      { label: 'Managers to be trained in leadership in crisis and war (approximately)', value: '2 000', unit: 'managers', sourceLine: 9689 },
    ],
  },

  'avgiftsbelagd-verksamhet': {
    summary: [
      'This chapter reports on the work for which the Swedish Social Insurance Agency charges fees, such as services to the Swedish Pensions Agency, the Swedish Armed Forces and other government agencies.',
      'The largest revenues came from running IT operations for other agencies and from services to the Swedish Pensions Agency. The services to the Pensions Agency made a loss in 2025, because more IT development was done than planned.',
      "Some costs, for example for administering claims owed to the state, are only partly covered by fees. The rest is paid from the Agency's appropriation.",
    ],
    keyFigures: [
      { label: 'Revenue from coordinated and secure government IT operations', value: '255 228', unit: 'SEK thousand', sourceLine: 9875 },
      { label: 'Revenue from the Swedish Pensions Agency', value: '207 770', unit: 'SEK thousand', sourceLine: 9823 },
      { label: 'Result for the year, services to the Swedish Pensions Agency', value: '–61 825', unit: 'SEK thousand', sourceLine: 9827 },
      { label: 'Compensation from the Swedish Armed Forces', value: '18,3', unit: 'SEK million', sourceLine: 9754 },
      { label: 'Fees for administering state claims', value: '8 184', unit: 'SEK thousand', sourceLine: 9738 },
    ],
  },

  'finansiell-redovisning': {
    summary: [
      'This chapter contains the accounts: the income statement, balance sheet, appropriation account, cash flow statement and notes.',
      "The income statement shows both the Agency's own operating costs and the large sums paid out as benefits and allowances. The Agency also collects social security contributions and passes them on to the state and the pension system.",
      "The change in capital for the year was negative, and the Agency's capital decreased. The operating cost per full-time equivalent rose compared with the year before.",
    ],
    keyFigures: [
      { label: 'Grants and benefits paid out', value: '–262 126', unit: 'SEK million', sourceLine: 9990 },
      { label: 'Operating costs', value: '–11 521', unit: 'SEK million', sourceLine: 9940 },
      { label: 'Social security contributions collected', value: '764 191', unit: 'SEK million', sourceLine: 9948 },
      { label: 'Change in capital for the year', value: '–648', unit: 'SEK million', sourceLine: 9994 },
      { label: 'Total assets', value: '12 991', unit: 'SEK million', sourceLine: 10033 },
      { label: 'Operating cost per full-time equivalent', value: '939', unit: 'SEK thousand', sourceLine: 10678 },
    ],
  },

  'intern-styrning-och-kontroll': {
    summary: [
      'This chapter reports how the Swedish Social Insurance Agency makes sure that its work is governed, followed up and controlled in a secure way.',
      'Finances have been tight for several years, and the development of new systems has had to give way. The risk that the Agency will not manage its digital transformation is judged to have increased.',
      'No material weaknesses were found. Security and preparedness work is singled out as an area in need of improvement. Overall, internal governance and control are judged to be satisfactory.',
    ],
    keyFigures: [
      { label: 'Reports to the whistleblowing function', value: '22', unit: 'reports', sourceLine: 12310 },
      { label: 'Whistleblowing cases closed', value: '13', unit: 'cases', sourceLine: 12312 },
    ],
  },

  'beslut-om-arsredovisningen': {
    summary: [
      "Here the board adopts the annual report. The board certifies that the report gives a true and fair view of the Agency's results, costs, revenue and financial position.",
      'The board also considers that internal governance and control were satisfactory during the year. The decision is signed by the members of the board, among them the Director-General.',
    ],
    keyFigures: [
      { label: 'The annual report was adopted', value: '12 februari 2026', display: '12 February 2026', unit: '', sourceLine: 12360 },
    ],
  },

  formansforteckning: {
    summary: [
      'A short description of each benefit that the annual report covers in detail.',
      'It says who can receive each benefit and what it is for, often with the age limits that apply.',
    ],
    keyFigures: [
      { label: 'First hours of assistance paid for by the municipality', value: '20', unit: 'hours', sourceLine: 12399 },
      { label: 'Ages at which young people can receive housing allowance', value: '18–28', unit: 'years', sourceLine: 12407 },
      { label: 'Parental benefit can be taken until the child turns', value: '12', unit: 'years', sourceLine: 12415 },
    ],
  },
};
