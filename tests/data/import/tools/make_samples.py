#!/usr/bin/env python3
"""Writes the synthetic GDELT, ACLED and TimelineJS sample files next to this folder.

timelinejs.json, vis.json and dyad.csv were written by hand.
"""
import os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

def gdelt2(id, date, a1=('', '', '', ''), a2=('', '', '', ''), code='040', quad='1', gold='1.0', mentions='4', tone='-1.25',
           geo=('', '', '', ''), added=None, url=''):
    # a = (code, name, country, type1[, known group]); geo = (type, fullname, lat, long)
    f=['']*61
    f[0]=id; f[1]=date; f[2]=date[:6]; f[3]=date[:4]; f[4]=date[:4]+'.0000'
    f[5],f[6],f[7],f[12]=a1[:4]
    f[15],f[16],f[17],f[22]=a2[:4]
    if len(a1)>4: f[8]=a1[4]
    if len(a2)>4: f[18]=a2[4]
    f[25]='1'; f[26]=code; f[27]=code[:3]; f[28]=code[:2]; f[29]=quad; f[30]=gold
    f[31]=mentions; f[32]='1'; f[33]=mentions; f[34]=tone
    f[35]='0'; f[43]='0'
    f[51]=geo[0]; f[52]=geo[1]; f[56]=geo[2]; f[57]=geo[3]
    f[59]=added or (date+'120000'); f[60]=url
    return f

def gdelt1(f2):
    # drop the three ADM2 columns (Actor1Geo 39, Actor2Geo 47, ActionGeo 55)
    return [v for i,v in enumerate(f2) if i not in (39,47,55)]

def tsv(rows, eol='\n'):
    return eol.join('\t'.join(r) for r in rows)+eol

TUR_GOV=('TURGOV','ANKARA','TUR','GOV'); RUS=('RUS','RUSSIA','RUS',''); TUR=('TUR','TURKEY','TUR','')
RUS_MIL=('RUSMIL','RUSSIAN MILITARY','RUS','MIL'); UN=('IGOUNO','UNITED NATIONS','','IGO'); USA=('USA','UNITED STATES','USA','')
MOSCOW=('4','Moscow, Moskva, Russia','55.7558','37.6173'); SOCHI=('4','Sochi, Krasnodarskiy Kray, Russia','43.6','39.7303')
ANKARA=('4','Ankara, Ankara, Turkey','39.9334','32.8597')
g2=[
 gdelt2('1000000001','20200305',TUR_GOV,RUS,'042','1','1.9','10','-1.5',MOSCOW,url='https://www.example.com/news/2020/03/05/talks-in-moscow'),
 gdelt2('1000000002','20200227',RUS_MIL,TUR,'190','4','-10','24','-7.25',('4','Idlib, Idlib, Syria','35.9306','36.6339'),url='https://example.org/report?a=1|b=2'),
 gdelt2('1000000003','20191022',TUR,RUS,'057','1','8','6','3.1',SOCHI,url='http://news.example.net/sochi'),
 gdelt2('1000000004','20200101',UN,('','','',''),'010','1','0','2','0.5',('0','','',''),url=''),
 gdelt2('1000000005','20191014',USA,TUR_GOV,'163','4','-8','15','-4',ANKARA,url='https://example.com/sanctions'),
 gdelt2('1000000006','20200305',TUR_GOV,RUS,'036','1','4','3','2',MOSCOW,url='https://www.example.com/news/2020/03/05/ceasefire'),
]
open(D+'/gdelt2_sample.export.CSV','w').write(tsv(g2))
# Names as real files give them: one code, a different name in each row; no geography as 0,0.
USA_GOV1=('USAGOV','JOE BIDEN','USA','GOV'); USA_GOV2=('USAGOV','THE US','USA','GOV')
RUS_GOV=('RUSGOV','VLADIMIR PUTIN','RUS','GOV'); HOME=('GOV','MINIST OF HOME AFFAIRS','','GOV')
BUS=('BUS','COMPANY','','BUS'); EUR=('EUR','EUROPE','EUR',''); TUR_MIL=('TURMIL','TURKISH ARMY','TUR','MIL')
UNO=('IGOUNO','UNITED NATIONS','','IGO','UNO'); NO_GEO=('0','','0','0')
names=[
 gdelt2('2000000001','20210616',USA_GOV1,RUS_GOV,'046','1','7','8','1.5',('4','Geneva, Geneve, Switzerland','46.2','6.15')),
 gdelt2('2000000002','20210617',USA_GOV2,RUS_GOV,'163','4','-8','8','-3',NO_GEO),
 gdelt2('2000000003','20210618',HOME,BUS,'173','4','-5','8','-2',('1','','0','0')),
 gdelt2('2000000004','20210619',EUR,TUR_MIL,'111','3','-2','8','-2',('1','Turkey','39','35')),
 gdelt2('2000000005','20210620',TUR_GOV,UNO,'0231','1','3.4','8','1'),
]
open(D+'/gdelt2_actor_names.export.CSV','w').write(tsv(names))
g1=[gdelt1(r) for r in g2[:3]]
g1[2]=g1[2][:57]  # last row without SOURCEURL, as early 1.0 files
open(D+'/gdelt1_sample.export.CSV','w').write(tsv(g1, '\r\n'))

# ---------- ACLED ----------
import csv, io
def csvtext(rows, bom=False, eol='\r\n'):
    out=io.StringIO(); w=csv.writer(out, lineterminator=eol); w.writerows(rows)
    return ('\ufeff' if bom else '')+out.getvalue()
cur=['event_id_cnty','event_date','year','time_precision','disorder_type','event_type','sub_event_type','actor1','assoc_actor_1','inter1','actor2','assoc_actor_2','inter2','interaction','civilian_targeting','iso','region','country','admin1','admin2','admin3','location','latitude','longitude','geo_precision','source','source_scale','notes','fatalities','tags','timestamp']
def acledcur(**kw):
    return [kw.get(c,'') for c in cur]
rows=[cur,
 acledcur(event_id_cnty='TUR1001',event_date='2023-02-14',year='2023',time_precision='1',disorder_type='Demonstrations',event_type='Protests',sub_event_type='Peaceful protest',actor1='Protesters (Turkey)',inter1='Protesters',interaction='Protesters only',iso='792',region='Middle East',country='Turkey',admin1='Istanbul',location='Istanbul',latitude='41.0082',longitude='28.9784',geo_precision='1',source='Local newspaper; Regional radio',source_scale='Local partner-Other',notes='Around 200 people, including "students", gathered in Istanbul, protesting prices.',fatalities='0',timestamp='1676900000'),
 acledcur(event_id_cnty='SYR2002',event_date='2023-03-01',year='2023',time_precision='2',disorder_type='Political violence',event_type='Battles',sub_event_type='Armed clash',actor1='Military Forces of Turkey (2016-)',assoc_actor_1='',inter1='State forces',actor2='Rebel group A',assoc_actor_2='Militia B; Militia C',inter2='Rebel group',iso='760',region='Middle East',country='Syria',admin1='Aleppo',location='Afrin',latitude='36.5119',longitude='36.8694',geo_precision='2',source='Monitoring group',notes='Clashes, with\nmultiple lines of notes.',fatalities='2',timestamp='1677900000'),
 acledcur(event_id_cnty='RUS3003',event_date='2023-05-20',year='2023',time_precision='3',disorder_type='Strategic developments',event_type='Strategic developments',sub_event_type='Agreement',actor1='Government of Russia (2000-)',inter1='State forces',actor2='Government of Turkey (2016-)',inter2='State forces',iso='643',region='Europe',country='Russia',admin1='Moskva',location='Moscow',latitude='55.7558',longitude='37.6173',source='News agency',notes='An agreement was signed.',fatalities='0',timestamp='1684600000'),
]
open(D+'/acled_current.csv','w',newline='').write(csvtext(rows))
old=['data_id','iso','event_id_cnty','event_id_no_cnty','event_date','year','time_precision','event_type','sub_event_type','actor1','assoc_actor_1','inter1','actor2','assoc_actor_2','inter2','interaction','region','country','admin1','admin2','admin3','location','latitude','longitude','geo_precision','source','source_scale','notes','fatalities','timestamp','iso3']
def acledold(**kw):
    return [kw.get(c,'') for c in old]
rows=[old,
 acledold(data_id='7001',iso='792',event_id_cnty='TUR501',event_id_no_cnty='501',event_date='15 March 2019',year='2019',time_precision='1',event_type='Riots',sub_event_type='Violent demonstration',actor1='Rioters (Turkey)',inter1='5',interaction='55',region='Middle East',country='Turkey',admin1='Ankara',location='Ankara',latitude='39.9334',longitude='32.8597',geo_precision='1',source='Newspaper',notes='A demonstration turned violent.',fatalities='0',timestamp='1553000000',iso3='TUR'),
 acledold(data_id='7002',iso='792',event_id_cnty='TUR502',event_id_no_cnty='502',event_date='2019-07-12',year='2019',time_precision='3',event_type='Explosions/Remote violence',sub_event_type='Remote explosive/landmine/IED',actor1='Unidentified Armed Group (Turkey)',inter1='3',actor2='Civilians (Turkey)',inter2='7',interaction='37',region='Middle East',country='Turkey',admin1='Hakkari',location='Hakkari',latitude='37.5744',longitude='43.7408',geo_precision='2',source='Agency',notes='',fatalities='1',timestamp='1563000000',iso3='TUR'),
]
open(D+'/acled_2019.csv','w',newline='').write(csvtext(rows,bom=True))

# Before 2019: upper-case names, gwno and country instead of iso/iso3, ally_actor_1/2, old event types.
OLD=['GWNO','EVENT_ID_CNTY','EVENT_ID_NO_CNTY','EVENT_DATE','YEAR','TIME_PRECISION','EVENT_TYPE','ACTOR1','ALLY_ACTOR_1',
     'INTER1','ACTOR2','ALLY_ACTOR_2','INTER2','INTERACTION','COUNTRY','ADMIN1','ADMIN2','ADMIN3','LOCATION','LATITUDE',
     'LONGITUDE','GEO_PRECISION','SOURCE','NOTES','FATALITIES']
def acledpre(**kw):
    return [kw.get(c.lower(),'') for c in OLD]
rows=[OLD,
 acledpre(gwno='490',event_id_cnty='DRC1',event_date='2012-11-20',year='2012',time_precision='1',event_type='Battle-Non-state actor overtakes territory',actor1='M23',ally_actor_1='Militia X; Militia Y',inter1='2',actor2='Military Forces of Democratic Republic of Congo (2001-2019)',inter2='1',country='Democratic Republic of Congo',location='Goma',latitude='-1.6792',longitude='29.2228',source='Radio',fatalities='10'),
 acledpre(event_id_cnty='CIV2',event_date='2011-04-01',year='2011',time_precision='1',event_type='Riots/Protests',actor1='Protesters (Ivory Coast)',inter1='6',country='Ivory Coast',location='Abidjan',latitude='5.3364',longitude='-4.0267',fatalities='0'),
 acledpre(gwno='520',event_id_cnty='SOM3',event_date='2010-02-03',year='2010',time_precision='2',event_type='Remote violence',actor1='Al Shabaab',inter1='2',country='Somalia',location='Mogadishu',latitude='2.0469',longitude='45.3182',fatalities='1'),
 acledpre(event_id_cnty='XXX4',event_date='2015-06-01',year='2015',time_precision='1',event_type='Headquarters or base established',actor1='Group Z',inter1='3',country='Atlantis',fatalities='0'),
]
open(D+'/acled_pre2019.csv','w',newline='').write(csvtext(rows))

# ---------- TimelineJS CSV ----------
tj=['Year','Month','Day','Time','End Year','End Month','End Day','End Time','Display Date','Headline','Text','Media','Media Credit','Media Caption','Media Thumbnail','Type','Group','Background']
def tjrow(**kw):
    m={'Year':'','Month':'','Day':'','Headline':'','Text':'','Media':'','Media Credit':'','Media Caption':'','Type':'','Group':'','End Year':'','End Month':'','End Day':''}
    m.update({k.replace('_',' '):v for k,v in kw.items()})
    return [m.get(c,'') for c in tj]
rows=[tj,
 tjrow(Headline='Turkey and Russia',Text='<p>A sample timeline &amp; its eras.</p>',Type='title'),
 tjrow(Year='2015',End_Year='2016',End_Month='6',Headline='A cold period',Type='era'),
 tjrow(Year='2015',Month='11',Day='24',Headline='<b>Jet</b> shot down',Text='<p>First paragraph.</p><p>Second, with a <a href="https://example.com">link</a>.</p>',Media='https://example.com/photo.jpg',Media_Credit='Example Agency',Media_Caption='A caption',Group='military'),
 tjrow(Year='2016',Month='8',Headline='Month only',Group='diplomacy'),
 tjrow(Year='-44',Month='3',Day='15',Headline='Ides of March',Text='An old date.'),
]
open(D+'/timelinejs.csv','w',newline='').write(csvtext(rows))
