#!/usr/bin/env python3
"""Writes the malformed inputs in ../bad (tests/models/tst_importerrors.cpp names what each must give)."""
import os, random
B=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'bad')
for f in os.listdir(B): os.remove(os.path.join(B,f))
def w(name, data):
    if isinstance(data,str): data=data.encode('utf-8')
    open(os.path.join(B,name),'wb').write(data)

H='id,start,title,tone,latitude,longitude\n'
ok='a,2020-01-01,Fine,1,40,30\n'
# --- Dyad CSV ---
w('csv_empty.csv', b'')
w('csv_header_only.csv', H)
w('csv_open_quote.csv', H+ok+'b,2020-01-02,"never closed,1,40,30\nc,2020-01-03,Next,1,40,30\n')
w('csv_text_after_quote.csv', H+'a,2020-01-01,"quoted" tail,1,40,30\n')
w('csv_wrong_column_count.csv', H+ok+'b,2020-01-02,Short row,1,40\n')
w('csv_semicolon.csv', 'id;start;title;tone\na;2020-01-01;Fine;1\n')
w('csv_tab_delimited.csv', 'id\tstart\ttitle\ttone\na\t2020-01-01\tFine\t1\n')
w('csv_utf16le.csv', '\ufeff'.encode('utf-16-le')+(H+ok).encode('utf-16-le'))
w('csv_utf16be.csv', b'\xfe\xff'+(H+ok).encode('utf-16-be'))
w('csv_latin1.csv', (H+ok).encode()+'b,2020-01-02,Caf\xe9 in Latin-1,1,40,30\n'.encode('latin-1'))
random.seed(7)
w('csv_binary_garbage.csv', b'\x00\x00\x01' + bytes(b for b in (random.randrange(256) for _ in range(2048)) if b != 0x22))
w('csv_png_image.csv', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10')
w('csv_impossible_date.csv', H+'a,2020-02-30,Leap-year trap,1,40,30\n')
w('csv_month_13.csv', H+'a,2020-13-01,No such month,1,40,30\n')
w('csv_bad_date_format.csv', H+'a,12/07/2019,Spreadsheet date,1,40,30\n')
w('csv_year_zero.csv', H+'a,0000-05-01,Year zero,1,40,30\n')
w('csv_end_before_start.csv', 'id,start,end,title\na,2020-05-01,2020-04-01,Backwards\n')
w('csv_tone_out_of_range.csv', H+ok+'b,2020-01-02,Too hostile,-12,40,30\n')
w('csv_tone_not_number.csv', H+'a,2020-01-01,Wordy tone,very bad,40,30\n')
w('csv_latitude_out_of_range.csv', H+'a,2020-01-01,North of north,1,95,30\n')
w('csv_longitude_out_of_range.csv', H+'a,2020-01-01,Far west,1,40,-200\n')
w('csv_missing_title_column.csv', 'id,start,headline\na,2020-01-01,Wrong header\n')
w('csv_empty_title.csv', H+'a,2020-01-01,   ,1,40,30\n')
w('csv_duplicate_id.csv', H+ok+'a,2020-01-02,Same id again,1,40,30\n')
w('csv_bad_url.csv', 'id,start,title,source_url\na,2020-01-01,Bad link,javascript:alert(1)\n')
w('csv_unknown_role.csv', 'id,start,title,participants\na,2020-01-01,Odd role,attacker:TUR\n')
w('csv_mixed_line_endings.csv', H.replace('\n','\r\n')+ok+'b,2020-01-02,Two,1,40,30\r'+'c,2021-02-29,Not a leap year,1,40,30\r\n')
w('csv_embedded_newlines.csv', H+'a,2020-01-01,"Three\nline\ntitle",1,40,30\r\nb,2020-01-02,Bad tone,abc,40,30\n')
w('csv_truncated_line.csv', H+ok+'b,2020-01-02,Fine too,1,40,30\nc,2020-01-03,Cut')
# --- GDELT ---
def g(id='1', date='20200101', gold='1.0', quad='1', lat='40', lon='30', cols=61):
    f=['']*61
    f[0]=id; f[1]=date; f[5]='TUR'; f[6]='TURKEY'; f[7]='TUR'; f[26]='040'; f[28]='04'; f[29]=quad; f[30]=gold
    f[51]='4'; f[52]='Somewhere'; f[56]=lat; f[57]=lon; f[60]='https://example.com/a'
    return '\t'.join(f[:cols])+'\n'
w('gdelt_wrong_columns.export.CSV', g(cols=60)+g('2',cols=60))
w('gdelt_row_wrong_columns.export.CSV', g('1')+g('2',cols=59)+g('3'))
w('gdelt_commas.export.CSV', g('1').replace('\t',','))
w('gdelt_impossible_date.export.CSV', g('1')+g('2',date='20200230'))
w('gdelt_goldstein_out_of_range.export.CSV', g('1',gold='12.5'))
w('gdelt_latitude_out_of_range.export.CSV', g('1',lat='91.5'))
w('gdelt_bad_id.export.CSV', g('12x'))
w('gdelt_bad_quadclass.export.CSV', g('1',quad='7'))
w('gdelt_duplicate_id.export.CSV', g('5')+g('5'))
w('gdelt_truncated.export.CSV', g('1')+g('2')+'\t'.join(['3','20200101']+['']*18))
w('gdelt_blank_lines.export.CSV', '\n\n\r\n\n')
w('gdelt_nul_bytes.export.CSV', g('1')+'2\t2020\x000101'+'\t'*59+'\n')
w('gdelt_date_not_digits.export.CSV', g('1',date='2020-01-01'))
# --- ACLED ---
cur='event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,iso,country,location,latitude,longitude,notes,fatalities\n'
def a(**kw):
    d=dict(event_id_cnty='TUR1',event_date='2023-01-02',year='2023',time_precision='1',event_type='Protests',sub_event_type='Peaceful protest',actor1='Protesters (Turkey)',actor2='',iso='792',country='Turkey',location='Ankara',latitude='39.9',longitude='32.8',notes='x',fatalities='0')
    d.update(kw); return ','.join(d[c] for c in cur.strip().split(','))+'\n'
w('acled_missing_columns.csv', 'event_id_cnty,year,event_type,actor1\nTUR1,2023,Protests,Someone\n')
w('acled_bad_date.csv', cur+a(event_date='2023-02-30'))
w('acled_latitude_out_of_range.csv', cur+a(latitude='-91'))
w('acled_fatalities_not_number.csv', cur+a(fatalities='many'))
w('acled_header_only.csv', '\ufeff'+cur)
w('acled_empty_event_type.csv', cur+a(event_type=''))
# --- TimelineJS ---
T='Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n'
w('timelinejs_bad_day.csv', T+'2019,2,30,,,,,,,Feb 30,,,,,,,,\n')
w('timelinejs_era_without_end.csv', T+'2019,1,1,,,,,,,Fine,,,,,,,,\n2019,,,,,,,,,Open era,,,,,,era,,\n')
w('timelinejs_bad_type.csv', T+'2019,1,1,,,,,,,Odd,,,,,,slide,,\n')
w('timelinejs_year_not_number.csv', T+'MMXIX,1,1,,,,,,,Roman,,,,,,,,\n')
w('timelinejs_json_syntax.json', '{\n  "events": [\n    {"start_date": {"year": 2019},\n')
w('timelinejs_json_bad_month.json', '{\n  "events": [\n    {"start_date": {"year": 2019}, "text": {"headline": "Fine"}},\n    {"start_date": {"year": 2019, "month": "13"}, "text": {"headline": "Bad"}}\n  ]\n}\n')
w('timelinejs_json_no_events.json', '{"title": {"text": {"headline": "Only a title"}}}\n')
# --- vis ---
w('vis_bad_start.json', '[\n  {"id": 1, "content": "Fine", "start": "2020-01-01"},\n  {"id": 2, "content": "Bad", "start": "yesterday"}\n]\n')
w('vis_end_before_start.json', '[\n  {"id": 1, "content": "Backwards", "start": "2020-05-01", "end": "2020-04-01"}\n]\n')
w('vis_not_array.json', '{"name": "not items"}\n')
w('vis_utf16.json', '\ufeff[{"id": 1, "content": "x", "start": "2020-01-01"}]'.encode('utf-16-le'))
w('vis_duplicate_id.json', '[\n  {"id": 1, "content": "One", "start": "2020-01-01"},\n  {"id": 1, "content": "Again", "start": "2020-01-02"}\n]\n')
# --- Dyad JSON ---
w('dyad_bad_date.json', '{\n  "actors": [],\n  "events": [\n    {"id": "e1", "start": "2020-02-30", "title": "Bad date"}\n  ]\n}\n')
w('dyad_truncated.json', '{\n  "actors": [],\n  "events": [\n    {"id": "e1", "start": "2020-01-01",')
w('dyad_empty.json', '  \n')
w('dyad_unknown_actor.json', '{\n  "actors": [],\n  "events": [\n    {"id": "e1", "start": "2020-01-01", "title": "Who?", "participants": [{"actor": "XYZ"}]}\n  ]\n}\n')
print(len(os.listdir(B)), 'files')
