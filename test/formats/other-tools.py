#!/usr/bin/env python3
"""A corpus with one source of each format made by other tools than the tests'
libraries: LibreOffice (PDF, DOCX, HTML from plain text), Python's srt and
aeidon (SRT, WebVTT) and Python's email package (.eml). Usage: other-tools.py DIR
(DIR/sources is written). Needs soffice, python3-srt and python3-aeidon (Debian)."""
import datetime, os, subprocess, sys, tempfile
from email.message import EmailMessage
from email.utils import format_datetime
import srt
import aeidon

out = os.path.join(sys.argv[1], 'sources')
os.makedirs(out, exist_ok=True)
work = tempfile.mkdtemp()

def soffice(name, text, target):
    src = os.path.join(work, name + '.txt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(text)
    subprocess.run(['soffice', '--headless', '--convert-to', target, '--outdir', out, src],
                   check=True, capture_output=True, timeout=180)

soffice('maternity-wing', 'Riverside Hospital Trust\n\nThe trust will open its new maternity wing in June.\n\n'
        '"The wing adds twenty-four beds for new mothers," said Grace Mendel, the chief nurse of the trust.\n', 'pdf')
with open(os.path.join(out, 'maternity-wing.pdf.yaml'), 'w') as f:
    f.write('kind: release\norganization: Riverside Hospital Trust\ndate: 2026-04-07\n')

soffice('bakery-interview', '---\nkind: interview\nspeaker: Omar Haddad\ndate: 2026-04-09\ntitle: Bakery visit\n---\n'
        'Our bakery will hire six apprentices this autumn.\n\nThe old oven stays, because customers ask for it.\n', 'docx')

soffice('library-hours', 'Library extends hours\n\nThe county library will stay open on Sunday afternoons from May, its director said on Thursday.\n\n'
        '"Families asked us for weekend hours more than for anything else," said Nadia Petrov, the library director.\n\n'
        'The change costs the county about forty thousand dollars a year, according to the budget office.\n',
        'html:HTML (StarWriter)')
with open(os.path.join(out, 'sources.yaml'), 'w') as f:
    f.write('library-hours.html:\n  date: 2026-04-11\n')

subs = [srt.Subtitle(1, datetime.timedelta(minutes=4, seconds=2), datetime.timedelta(minutes=4, seconds=6),
                     'LENA PARK: The ferry to Pine Island will run every forty minutes this summer.'),
        srt.Subtitle(2, datetime.timedelta(minutes=4, seconds=7), datetime.timedelta(minutes=4, seconds=9),
                     'MODERATOR: Thank you, Lena.')]
with open(os.path.join(out, 'ferry-hearing.srt'), 'w', encoding='utf-8') as f:
    f.write(srt.compose(subs))
with open(os.path.join(work, 'harbor.srt'), 'w', encoding='utf-8') as f:
    f.write(srt.compose([srt.Subtitle(1, datetime.timedelta(hours=1, minutes=2, seconds=3), datetime.timedelta(hours=1, minutes=2, seconds=8),
                                      'Tomasz Wren: The harbor dredging will finish before the regatta.')]))
project = aeidon.Project()
project.open_main(os.path.join(work, 'harbor.srt'), 'utf_8')
project.save_main(aeidon.files.new(aeidon.formats.WEBVTT, os.path.join(out, 'harbor-briefing.vtt'), 'utf_8'))
with open(os.path.join(out, 'sources.yaml'), 'a') as f:
    f.write('ferry-hearing.srt:\n  date: 2026-04-14\nharbor-briefing.vtt:\n  date: 2026-04-15\n')

msg = EmailMessage()
msg['From'] = 'Ruth Okoye <ruth.okoye@example.org>'
msg['To'] = 'desk@example.com'
msg['Subject'] = 'Re: Park renovation'
msg['Date'] = format_datetime(datetime.datetime(2026, 4, 16, 22, 45, tzinfo=datetime.timezone(datetime.timedelta(hours=-7))))
msg.set_content('The east playground will reopen after the renovation in August.\n\n'
                'On Wed, 15 Apr 2026 at 09:12, Desk <desk@example.com> wrote:\n> Is the park closing for the whole year?\n')
with open(os.path.join(out, 'park-statement.eml'), 'wb') as f:
    f.write(bytes(msg))
print(out)
