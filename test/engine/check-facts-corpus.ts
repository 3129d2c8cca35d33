// A water utility's rate vote, written for the fact-linking tests: a board meeting transcript with a
// reporter's questions, the utility's release (issued the day after, with a bulleted list), the mayor's
// release urging approval the day before, an engineer's statements, and who is who.
export const LAKEMONT = {
  'people.yaml': `- name: Victor Hale
  aliases: [Hale]
  roles:
    - title: general manager
      organization: Lakemont Water Utility
- name: Nadia Okonkwo
  aliases: [Okonkwo]
  roles:
    - title: chair of the Utility Board
      organization: Lakemont Water Utility
- name: Omar Reyes
  aliases: [Reyes]
  roles:
    - title: treasurer of the Utility Board
      organization: Lakemont Water Utility
- name: Liu Xiaoming
  aliases: [Liu]
  roles:
    - title: lead hydrologist
      organization: Lakemont Water Utility
- name: Ellen Brandt
  aliases: [Brandt]
  roles:
    - title: mayor
      organization: City of Lakemont
`,
  '2025-09-09-board.md':
    `---
kind: transcript
title: Utility Board meeting on the water rate plan
organization: Lakemont Water Utility
date: 2025-09-09
speakers:
  - name: Nadia Okonkwo
    role: chair of the Utility Board
    organization: Lakemont Water Utility
  - name: Victor Hale
    role: general manager
    organization: Lakemont Water Utility
  - name: Omar Reyes
    role: treasurer of the Utility Board
    organization: Lakemont Water Utility
---
Victor Hale: The plan raises the residential water charge from $41 to $46 a month. Usage is down 6 percent from ` +
    `2020, and leak losses now account for 14 percent of the water we pump, down from 21 percent in 2015.

Omar Reyes: Our cash reserves cover 90 days of operations. This budget brings them to 75. We cannot go lower than that.

Nadia Okonkwo: The motion passes, five votes to two. The new charges begin October 1.

Lakemont Gazette: Isn't it true that water usage has fallen 20 percent since 2020?

Victor Hale: No. Water usage is down 6 percent from 2020, and it has grown for three straight quarters.

Victor Hale: The Pine Street reservoir closes to the public on Sept. 22 for repairs.
`,
  '2025-09-10-utility-release.md': `---
kind: release
title: Utility Board approves water rate plan
organization: Lakemont Water Utility
date: 2025-09-10
---
The Lakemont Utility Board voted 5-2 at its Sept. 9 meeting to approve the water rate plan.

Key figures:
• Residential charge rises from $41 to $46 a month
• 12 miles of new water mains laid under the plan
• Pine Street reservoir closed from Sept. 22 for repairs
`,
  '2025-09-08-mayor-release.md': `---
kind: release
title: Mayor Brandt backs water rate plan
organization: City of Lakemont
date: 2025-09-08
---
Mayor Ellen Brandt today urged the Utility Board to approve the water rate plan and its new water mains.
`,
  'hydrology.jsonl':
    JSON.stringify({
      speaker: 'Liu Xiaoming',
      role: 'lead hydrologist',
      organization: 'Lakemont Water Utility',
      date: '2025-09-05',
      text: 'The aquifer dropped four feet over the summer. We measured it at nine wells across the valley.',
    }) + '\n',
};
