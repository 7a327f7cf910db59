"""Write ``citations.csv``: a realistic mix of news citation URLs, reproducibly.

The outlets below were listed by hand from what news citations look like in practice:
the hosts people actually cite (with ``www.``, ``edition.``, ``m.`` and regional hosts),
weighted by how often each kind of outlet turns up, across regions. It is written
independently of the bundled outlet table, so resolving it measures the table's coverage.

Run from the repository root::

    python data/citations/make_sample.py
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

SEED = 20261128
N_NEWS = 2000
OUT = Path(__file__).with_name("citations.csv")


def _words(text: str) -> list[str]:
    return text.split()


# host | citation name | weight (how often cited, relative) -- one outlet per line.
NEWS = {
    "us": """
www.nytimes.com|The New York Times|8
www.washingtonpost.com|The Washington Post|7
www.wsj.com|The Wall Street Journal|5
www.cnn.com|CNN|8
edition.cnn.com|CNN|2
www.foxnews.com|Fox News|8
www.nbcnews.com|NBC News|5
abcnews.go.com|ABC News|5
www.cbsnews.com|CBS News|5
www.npr.org|NPR|5
apnews.com|Associated Press|9
www.reuters.com|Reuters|9
www.bloomberg.com|Bloomberg|4
www.usatoday.com|USA Today|4
www.latimes.com|Los Angeles Times|3
www.politico.com|Politico|4
thehill.com|The Hill|5
www.axios.com|Axios|3
www.theatlantic.com|The Atlantic|2
www.newyorker.com|The New Yorker|1
www.msnbc.com|MSNBC|3
www.cnbc.com|CNBC|3
www.businessinsider.com|Business Insider|2
www.huffpost.com|HuffPost|2
www.vox.com|Vox|2
slate.com|Slate|1
www.salon.com|Salon|1
www.motherjones.com|Mother Jones|1
www.thenation.com|The Nation|1
theintercept.com|The Intercept|1
www.dailykos.com|Daily Kos|1
www.breitbart.com|Breitbart|3
www.dailywire.com|The Daily Wire|2
www.thegatewaypundit.com|The Gateway Pundit|1
www.theblaze.com|TheBlaze|1
www.newsmax.com|Newsmax|2
www.oann.com|One America News|1
nypost.com|New York Post|4
www.washingtonexaminer.com|Washington Examiner|2
www.washingtontimes.com|The Washington Times|1
www.nationalreview.com|National Review|1
thefederalist.com|The Federalist|1
dailycaller.com|The Daily Caller|1
www.zerohedge.com|ZeroHedge|1
www.infowars.com|Infowars|1
www.theepochtimes.com|The Epoch Times|1
www.newsweek.com|Newsweek|3
time.com|Time|2
www.forbes.com|Forbes|2
fortune.com|Fortune|1
www.propublica.org|ProPublica|1
www.pbs.org|PBS NewsHour|2
www.vanityfair.com|Vanity Fair|1
www.rollingstone.com|Rolling Stone|1
www.mediaite.com|Mediaite|1
www.thedailybeast.com|The Daily Beast|1
www.rawstory.com|Raw Story|1
www.commondreams.org|Common Dreams|1
www.democracynow.org|Democracy Now!|1
reason.com|Reason|1
www.realclearpolitics.com|RealClearPolitics|1
townhall.com|Townhall|1
redstate.com|RedState|1
pjmedia.com|PJ Media|1
www.westernjournal.com|The Western Journal|1
www.lifesitenews.com|LifeSiteNews|1
www1.cbn.com|CBN News|1
www.christianpost.com|The Christian Post|1
www.csmonitor.com|The Christian Science Monitor|1
www.marketwatch.com|MarketWatch|1
www.barrons.com|Barron's|1
www.semafor.com|Semafor|1
thedispatch.com|The Dispatch|1
www.theverge.com|The Verge|1
www.wired.com|Wired|1
arstechnica.com|Ars Technica|1
techcrunch.com|TechCrunch|1
www.scientificamerican.com|Scientific American|1
www.statnews.com|STAT|1
www.defensenews.com|Defense News|1
www.stripes.com|Stars and Stripes|1
rollcall.com|Roll Call|1
www.thebulwark.com|The Bulwark|1
jacobin.com|Jacobin|1
freebeacon.com|Washington Free Beacon|1
www.thefp.com|The Free Press|1
www.dailysignal.com|The Daily Signal|1
www.c-span.org|C-SPAN|1
www.nbcnewyork.com|NBC New York|1
www.wral.com|WRAL|1
www.kxan.com|KXAN|1
www.houstonchronicle.com|Houston Chronicle|1
www.sfchronicle.com|San Francisco Chronicle|1
www.chicagotribune.com|Chicago Tribune|1
www.bostonglobe.com|The Boston Globe|1
www.inquirer.com|The Philadelphia Inquirer|1
www.miamiherald.com|Miami Herald|1
www.seattletimes.com|The Seattle Times|1
www.dallasnews.com|The Dallas Morning News|1
www.ajc.com|The Atlanta Journal-Constitution|1
www.startribune.com|Star Tribune|1
www.denverpost.com|The Denver Post|1
www.azcentral.com|The Arizona Republic|1
www.tampabay.com|Tampa Bay Times|1
www.baltimoresun.com|The Baltimore Sun|1
www.post-gazette.com|Pittsburgh Post-Gazette|1
www.cleveland.com|Cleveland.com|1
www.nola.com|NOLA.com|1
www.oregonlive.com|The Oregonian|1
www.sacbee.com|The Sacramento Bee|1
www.kansascity.com|The Kansas City Star|1
www.tennessean.com|The Tennessean|1
www.jsonline.com|Milwaukee Journal Sentinel|1
www.detroitnews.com|The Detroit News|1
www.freep.com|Detroit Free Press|1
www.texastribune.org|The Texas Tribune|1
www.courier-journal.com|Courier Journal|1
www.desmoinesregister.com|Des Moines Register|1
www.newsday.com|Newsday|1
www.nydailynews.com|New York Daily News|1
www.orlandosentinel.com|Orlando Sentinel|1
www.charlotteobserver.com|The Charlotte Observer|1
www.mercurynews.com|The Mercury News|1
www.ocregister.com|Orange County Register|1
www.sandiegouniontribune.com|The San Diego Union-Tribune|1
www.stltoday.com|St. Louis Post-Dispatch|1
www.indystar.com|IndyStar|1
www.dispatch.com|The Columbus Dispatch|1
www.reviewjournal.com|Las Vegas Review-Journal|1
abc7ny.com|ABC7 New York|1
www.fox5dc.com|FOX 5 DC|1
www.nbcchicago.com|NBC Chicago|1
ktla.com|KTLA|1
www.kare11.com|KARE 11|1
www.wfaa.com|WFAA|1
www.king5.com|KING 5|1
www.11alive.com|11Alive|1
www.wsbtv.com|WSB-TV|1
www.click2houston.com|KPRC 2|1
www.fox13news.com|FOX 13 Tampa Bay|1
www.wcvb.com|WCVB|1
www.nbcbayarea.com|NBC Bay Area|1
www.snopes.com|Snopes|1
www.politifact.com|PolitiFact|1
www.factcheck.org|FactCheck.org|1
www.theonion.com|The Onion|1
babylonbee.com|The Babylon Bee|1
www.upi.com|UPI|1
www.voanews.com|Voice of America|1
www.rferl.org|Radio Free Europe/Radio Liberty|1
""",
    "uk": """
www.bbc.co.uk|BBC News|8
www.bbc.com|BBC News|6
www.theguardian.com|The Guardian|8
www.telegraph.co.uk|The Telegraph|4
www.thetimes.com|The Times|2
www.thetimes.co.uk|The Times|1
www.independent.co.uk|The Independent|4
www.dailymail.co.uk|Daily Mail|5
www.thesun.co.uk|The Sun|2
www.mirror.co.uk|Daily Mirror|2
www.express.co.uk|Daily Express|2
www.ft.com|Financial Times|4
www.economist.com|The Economist|3
news.sky.com|Sky News|4
www.itv.com|ITV News|1
www.channel4.com|Channel 4 News|1
www.standard.co.uk|Evening Standard|1
www.spectator.co.uk|The Spectator|1
www.newstatesman.com|New Statesman|1
www.gbnews.com|GB News|1
inews.co.uk|The i Paper|1
www.dailystar.co.uk|Daily Star|1
metro.co.uk|Metro|1
www.heraldscotland.com|The Herald|1
www.scotsman.com|The Scotsman|1
www.irishtimes.com|The Irish Times|1
www.rte.ie|RTÉ|1
www.independent.ie|Irish Independent|1
www.belfasttelegraph.co.uk|Belfast Telegraph|1
www.walesonline.co.uk|WalesOnline|1
www.manchestereveningnews.co.uk|Manchester Evening News|1
www.liverpoolecho.co.uk|Liverpool Echo|1
www.cityam.com|City A.M.|1
www.lbc.co.uk|LBC|1
www.opendemocracy.net|openDemocracy|1
unherd.com|UnHerd|1
www.thejournal.ie|TheJournal.ie|1
fullfact.org|Full Fact|1
www.thedailymash.co.uk|The Daily Mash|1
""",
    "eu": """
www.lemonde.fr|Le Monde|3
www.lefigaro.fr|Le Figaro|2
www.liberation.fr|Libération|1
www.france24.com|France 24|3
www.rfi.fr|RFI|1
www.francetvinfo.fr|franceinfo|1
www.bfmtv.com|BFMTV|1
www.leparisien.fr|Le Parisien|1
www.lepoint.fr|Le Point|1
www.mediapart.fr|Mediapart|1
www.afp.com|AFP|2
www.euronews.com|Euronews|2
www.politico.eu|Politico Europe|2
www.spiegel.de|Der Spiegel|3
www.zeit.de|Die Zeit|1
www.faz.net|Frankfurter Allgemeine Zeitung|1
www.sueddeutsche.de|Süddeutsche Zeitung|1
www.bild.de|Bild|2
www.welt.de|Die Welt|1
www.tagesschau.de|Tagesschau|2
www.dw.com|Deutsche Welle|3
www.handelsblatt.com|Handelsblatt|1
www.tagesspiegel.de|Der Tagesspiegel|1
www.n-tv.de|n-tv|1
www.zdf.de|ZDF|1
taz.de|taz|1
elpais.com|El País|3
www.elmundo.es|El Mundo|1
www.abc.es|ABC|1
www.lavanguardia.com|La Vanguardia|1
www.rtve.es|RTVE|1
www.eldiario.es|elDiario.es|1
www.corriere.it|Corriere della Sera|2
www.repubblica.it|la Repubblica|1
www.lastampa.it|La Stampa|1
www.ansa.it|ANSA|2
www.ilsole24ore.com|Il Sole 24 Ore|1
nos.nl|NOS|1
www.nrc.nl|NRC|1
www.volkskrant.nl|de Volkskrant|1
www.telegraaf.nl|De Telegraaf|1
www.standaard.be|De Standaard|1
www.lesoir.be|Le Soir|1
www.derstandard.at|Der Standard|1
orf.at|ORF|1
www.nzz.ch|Neue Zürcher Zeitung|1
www.srf.ch|SRF|1
www.svt.se|SVT|1
www.dn.se|Dagens Nyheter|1
www.nrk.no|NRK|1
www.dr.dk|DR|1
yle.fi|Yle|1
www.publico.pt|Público|1
www.ekathimerini.com|Kathimerini|1
wyborcza.pl|Gazeta Wyborcza|1
notesfrompoland.com|Notes from Poland|1
index.hu|Index.hu|1
telex.hu|Telex|1
www.kyivindependent.com|The Kyiv Independent|2
www.pravda.com.ua|Ukrainska Pravda|1
www.ukrinform.net|Ukrinform|1
balkaninsight.com|Balkan Insight|1
www.euractiv.com|Euractiv|1
www.lrt.lt|LRT|1
news.err.ee|ERR News|1
""",
    "ru": """
www.rt.com|RT|6
russian.rt.com|RT|1
sputnikglobe.com|Sputnik|2
tass.com|TASS|4
tass.ru|TASS|2
ria.ru|RIA Novosti|3
www.kommersant.ru|Kommersant|2
www.vedomosti.ru|Vedomosti|1
lenta.ru|Lenta.ru|1
www.gazeta.ru|Gazeta.ru|1
iz.ru|Izvestia|1
www.1tv.ru|Channel One|1
www.vesti.ru|Vesti|1
www.rbc.ru|RBC|1
meduza.io|Meduza|2
novayagazeta.eu|Novaya Gazeta Europe|1
www.themoscowtimes.com|The Moscow Times|2
www.interfax.ru|Interfax|1
www.belta.by|BelTA|1
www.kp.ru|Komsomolskaya Pravda|1
rg.ru|Rossiyskaya Gazeta|1
tvrain.tv|TV Rain|1
""",
    "me": """
www.aljazeera.com|Al Jazeera|8
www.aljazeera.net|Al Jazeera|1
english.alarabiya.net|Al Arabiya|2
www.arabnews.com|Arab News|2
www.thenationalnews.com|The National|1
www.haaretz.com|Haaretz|3
www.timesofisrael.com|The Times of Israel|4
www.jpost.com|The Jerusalem Post|3
www.ynetnews.com|Ynetnews|2
www.i24news.tv|i24NEWS|1
www.presstv.ir|Press TV|2
www.tasnimnews.com|Tasnim|1
en.irna.ir|IRNA|1
www.tehrantimes.com|Tehran Times|1
www.middleeasteye.net|Middle East Eye|2
www.al-monitor.com|Al-Monitor|1
www.dailysabah.com|Daily Sabah|1
www.trtworld.com|TRT World|1
www.hurriyetdailynews.com|Hürriyet Daily News|1
www.aa.com.tr|Anadolu Agency|2
english.aawsat.com|Asharq Al-Awsat|1
gulfnews.com|Gulf News|1
www.khaleejtimes.com|Khaleej Times|1
english.ahram.org.eg|Ahram Online|1
www.madamasr.com|Mada Masr|1
www.almayadeen.net|Al Mayadeen|1
www.rudaw.net|Rudaw|1
www.kurdistan24.net|Kurdistan 24|1
www.israelhayom.com|Israel Hayom|1
www.iranintl.com|Iran International|1
en.mehrnews.com|Mehr News|1
www.972mag.com|+972 Magazine|1
""",
    "asia": """
www.scmp.com|South China Morning Post|4
www.globaltimes.cn|Global Times|3
www.chinadaily.com.cn|China Daily|2
english.news.cn|Xinhua|3
www.xinhuanet.com|Xinhua|1
www.cgtn.com|CGTN|2
news.cgtn.com|CGTN|1
en.people.cn|People's Daily|1
www.caixinglobal.com|Caixin|1
asia.nikkei.com|Nikkei Asia|2
www.japantimes.co.jp|The Japan Times|2
www3.nhk.or.jp|NHK World|2
www.asahi.com|The Asahi Shimbun|1
mainichi.jp|The Mainichi|1
japannews.yomiuri.co.jp|The Japan News|1
english.kyodonews.net|Kyodo News|1
www.koreaherald.com|The Korea Herald|2
www.koreatimes.co.kr|The Korea Times|1
en.yna.co.kr|Yonhap|2
www.chosun.com|Chosun Ilbo|1
www.hani.co.kr|The Hankyoreh|1
koreajoongangdaily.joins.com|Korea JoongAng Daily|1
www.taipeitimes.com|Taipei Times|1
focustaiwan.tw|Focus Taiwan|1
www.straitstimes.com|The Straits Times|2
www.channelnewsasia.com|CNA|2
www.thestar.com.my|The Star|1
www.malaymail.com|Malay Mail|1
www.bangkokpost.com|Bangkok Post|1
www.nationthailand.com|The Nation Thailand|1
www.rappler.com|Rappler|1
newsinfo.inquirer.net|Philippine Daily Inquirer|1
www.philstar.com|The Philippine Star|1
www.thejakartapost.com|The Jakarta Post|1
en.tempo.co|Tempo|1
e.vnexpress.net|VnExpress International|1
www.irrawaddy.com|The Irrawaddy|1
www.thehindu.com|The Hindu|3
timesofindia.indiatimes.com|The Times of India|3
www.hindustantimes.com|Hindustan Times|2
indianexpress.com|The Indian Express|2
www.ndtv.com|NDTV|2
www.news18.com|News18|1
www.indiatoday.in|India Today|1
www.livemint.com|Mint|1
economictimes.indiatimes.com|The Economic Times|1
scroll.in|Scroll.in|1
thewire.in|The Wire|1
www.opindia.com|OpIndia|1
www.republicworld.com|Republic World|1
www.dawn.com|Dawn|2
www.geo.tv|Geo News|1
tribune.com.pk|The Express Tribune|1
www.thedailystar.net|The Daily Star|1
kathmandupost.com|The Kathmandu Post|1
www.abc.net.au|ABC News (Australia)|3
www.smh.com.au|The Sydney Morning Herald|2
www.theaustralian.com.au|The Australian|1
www.news.com.au|news.com.au|1
www.theage.com.au|The Age|1
www.skynews.com.au|Sky News Australia|1
www.sbs.com.au|SBS News|1
www.nzherald.co.nz|The New Zealand Herald|1
www.rnz.co.nz|RNZ|1
www.stuff.co.nz|Stuff|1
""",
    "latam": """
www.clarin.com|Clarín|2
www.lanacion.com.ar|La Nación|2
www.infobae.com|Infobae|3
www.pagina12.com.ar|Página/12|1
www1.folha.uol.com.br|Folha de S.Paulo|2
g1.globo.com|g1|2
oglobo.globo.com|O Globo|1
www.estadao.com.br|O Estado de S. Paulo|1
www.cnnbrasil.com.br|CNN Brasil|1
www.brasildefato.com.br|Brasil de Fato|1
www.metropoles.com|Metrópoles|1
www.eluniversal.com.mx|El Universal|2
www.milenio.com|Milenio|1
www.jornada.com.mx|La Jornada|1
www.excelsior.com.mx|Excélsior|1
www.proceso.com.mx|Proceso|1
www.animalpolitico.com|Animal Político|1
www.eltiempo.com|El Tiempo|1
www.semana.com|Semana|1
www.elespectador.com|El Espectador|1
elcomercio.pe|El Comercio|1
larepublica.pe|La República|1
www.latercera.com|La Tercera|1
www.emol.com|El Mercurio|1
www.biobiochile.cl|BioBioChile|1
www.eluniverso.com|El Universo|1
www.telesurtv.net|teleSUR|1
www.telesurenglish.net|teleSUR English|1
www.granma.cu|Granma|1
www.cubadebate.cu|Cubadebate|1
www.elnacional.com|El Nacional|1
elfaro.net|El Faro|1
www.prensalibre.com|Prensa Libre|1
www.elpais.com.uy|El País Uruguay|1
www.perfil.com|Perfil|1
en.mercopress.com|MercoPress|1
chequeado.com|Chequeado|1
""",
    "other": """
www.cbc.ca|CBC News|3
www.theglobeandmail.com|The Globe and Mail|2
www.thestar.com|Toronto Star|1
nationalpost.com|National Post|1
globalnews.ca|Global News|1
www.ctvnews.ca|CTV News|1
www.rebelnews.com|Rebel News|1
www.lapresse.ca|La Presse|1
ici.radio-canada.ca|Radio-Canada|1
www.news24.com|News24|1
www.dailymaverick.co.za|Daily Maverick|1
www.iol.co.za|IOL|1
www.sabcnews.com|SABC News|1
mg.co.za|Mail & Guardian|1
nation.africa|Nation|1
www.premiumtimesng.com|Premium Times|1
punchng.com|Punch|1
www.vanguardngr.com|Vanguard|1
www.thecable.ng|TheCable|1
www.myjoyonline.com|MyJoyOnline|1
www.theeastafrican.co.ke|The EastAfrican|1
www.africanews.com|Africanews|1
www.jeuneafrique.com|Jeune Afrique|1
www.moroccoworldnews.com|Morocco World News|1
""",
}
REGION_SHARE = {
    "us": 0.44,
    "uk": 0.13,
    "eu": 0.11,
    "ru": 0.05,
    "me": 0.07,
    "asia": 0.11,
    "latam": 0.05,
    "other": 0.04,
}

WORDS = _words(
    "election senate vote court ruling ukraine russia gaza israel iran china trade tariffs "
    "economy inflation rates fed bank climate storm flood wildfire police shooting trial "
    "border migrants health vaccine covid hospital school budget tax strike union oil gas "
    "energy nuclear talks summit president minister parliament protest ceasefire attack "
    "drone missile sanctions markets stocks ai tech data privacy report investigation"
)

INSTITUTIONS = _words(
    """
www.whitehouse.gov/briefing-room/statements-releases/{d}/{slug}/
www.cdc.gov/media/releases/{y}/{slug}.html
www.who.int/news/item/{d}-{slug}
news.un.org/en/story/{y}/{m}/{n}
www.gov.uk/government/news/{slug}
www.state.gov/{slug}/
ec.europa.eu/commission/presscorner/detail/en/ip_{n}
www.congress.gov/bill/118th-congress/house-bill/{n}
www.pewresearch.org/short-reads/{d}/{slug}/
www.brookings.edu/articles/{slug}/
www.imf.org/en/News/Articles/{d}/{slug}
www.nato.int/cps/en/natohq/news_{n}.htm
www.hrw.org/news/{d}/{slug}
www.amnesty.org/en/latest/news/{y}/{m}/{slug}/
www.mid.ru/en/foreign_policy/news/{n}/
www.fmprc.gov.cn/eng/xw/fyrbt/{n}.html
www.nature.com/articles/s41586-0{n}-x
www.thelancet.com/journals/lancet/article/PIIS0140-6736({n})/fulltext
"""
)

SOCIAL = _words(
    """
https://x.com/Reuters/status/{id}
https://twitter.com/AP/status/{id}
https://x.com/RT_com/status/{id}
https://twitter.com/BBCBreaking/status/{id}
https://x.com/nytimes/status/{id}
https://x.com/FoxNews/status/{id}
https://twitter.com/CNN/status/{id}
https://x.com/elonmusk/status/{id}
https://twitter.com/realDonaldTrump/status/{id}
https://x.com/ZelenskyyUa/status/{id}
https://x.com/{user}/status/{id}
https://mobile.twitter.com/{user}/status/{id}
https://www.youtube.com/watch?v={vid}
https://youtu.be/{vid}
https://www.youtube.com/@BBCNews
https://www.youtube.com/@FoxNews/videos
https://m.youtube.com/@{user}
https://t.me/rian_ru/{n}
https://t.me/s/rt_russian/{n}
https://t.me/tass_agency/{n}
https://t.me/{user}/{n}
https://www.facebook.com/cnn/posts/{id}
https://www.facebook.com/bbcnews/videos/{id}/
https://m.facebook.com/story.php?story_fbid={id}&id={n}
https://www.instagram.com/p/{vid}/
https://www.tiktok.com/@{user}/video/{id}
https://truthsocial.com/@realDonaldTrump/posts/{id}
https://bsky.app/profile/{user}.bsky.social/post/{vid}
https://www.reddit.com/r/worldnews/comments/{vid}/{slug}/
https://rumble.com/v{vid}-{slug}.html
"""
)

SHORT = _words(
    """
https://t.co/{vid}
https://bit.ly/{vid}
https://ow.ly/{vid}
https://buff.ly/{vid}
https://trib.al/{vid}
https://dlvr.it/{vid}
https://nyti.ms/{vid}
https://bbc.in/{vid}
https://wapo.st/{vid}
https://reut.rs/{vid}
https://tinyurl.com/{vid}
https://apple.news/{vid}
https://archive.ph/{vid}
"""
)

AGGREGATED = [
    ("https://news.google.com/articles/CBMi{vid}{vid}?hl=en-US&gl=US&ceid=US:en", ""),
    ("https://news.google.com/rss/articles/CBMi{vid}{vid}?oc=5", "Reuters"),
    ("https://news.yahoo.com/{slug}-{n}.html", "Associated Press"),
    ("https://www.yahoo.com/news/{slug}-{n}.html", "Reuters"),
    ("https://uk.news.yahoo.com/{slug}-{n}.html", ""),
    ("https://finance.yahoo.com/news/{slug}-{n}.html", "Bloomberg"),
    ("https://www.msn.com/en-us/news/world/{slug}/ar-AA1{vid}", "The Hill"),
    ("https://www.msn.com/en-gb/news/uknews/{slug}/ar-AA1{vid}", ""),
    ("https://flipboard.com/@{user}/{slug}-{vid}", ""),
]

NON_NEWS = _words(
    """
https://en.wikipedia.org/wiki/{Slug}
https://www.amazon.com/dp/B0{vid}
https://github.com/{user}/{slug}
https://docs.google.com/document/d/{vid}{vid}/edit
https://www.linkedin.com/posts/{user}_{slug}
https://www.google.com/search?q={slug}
https://www.imdb.com/title/tt{n}/
https://www.spotify.com/
"""
)

JUNK = [
    "javascript:void(0)",
    "mailto:tips@example.com",
    "http://192.168.0.1/admin",
    "about:blank",
    "see link below",
    "https://",
    "data:text/html;base64,PGgxPg==",
    "localhost:8080/story",
]


def _slug(rng: random.Random, n: int = 5) -> str:
    return "-".join(rng.choice(WORDS) for _ in range(rng.randint(3, n + 3)))


def _date(rng: random.Random) -> tuple[str, str, str]:
    return "2025", f"{rng.randint(1, 12):02d}", f"{rng.randint(1, 28):02d}"


def _path(host: str, rng: random.Random) -> str:
    y, m, d = _date(rng)
    slug = _slug(rng)
    n = rng.randint(10_000_000, 99_999_999)
    months = _words("jan feb mar apr may jun jul aug sep oct nov dec")
    special = {
        "www.bbc.co.uk": f"/news/world-{rng.choice(['europe', 'us-canada', 'asia'])}-{n}",
        "www.bbc.com": f"/news/articles/c{rng.randint(10**9, 10**10)}o",
        "www.nytimes.com": f"/{y}/{m}/{d}/us/politics/{slug}.html",
        "www.cnn.com": f"/{y}/{m}/{d}/politics/{slug}/index.html",
        "www.reuters.com": f"/world/europe/{slug}-{y}-{m}-{d}/",
        "apnews.com": f"/article/{slug}-{rng.getrandbits(128):032x}",
        "www.theguardian.com": f"/world/{y}/{months[int(m) - 1]}/{d}/{slug}",
        "www.rt.com": f"/news/{rng.randint(500000, 620000)}-{slug}/",
        "tass.com": f"/politics/{rng.randint(1500000, 1900000)}",
        "ria.ru": f"/{y}{m}{d}/{slug.split('-')[0]}-{rng.randint(10**9, 2 * 10**9)}.html",
        "www.aljazeera.com": f"/news/{y}/{int(m)}/{int(d)}/{slug}",
        "www.foxnews.com": f"/politics/{slug}",
        "www.washingtonpost.com": f"/politics/{y}/{m}/{d}/{slug}/",
        "www.dailymail.co.uk": f"/news/article-{n}/{slug}.html",
        "timesofindia.indiatimes.com": f"/india/{slug}/articleshow/{n}.cms",
        "www.spiegel.de": f"/ausland/{slug}-a-{rng.getrandbits(64):016x}",
    }
    if host in special:
        return special[host]
    style = sum(map(ord, host)) % 5
    return [
        f"/{y}/{m}/{d}/{slug}/",
        f"/news/{slug}-{n}",
        f"/world/{slug}.html",
        f"/article/{n}/{slug}",
        f"/politics/{slug}",
    ][style]


def _wrap(url: str, rng: random.Random) -> str:
    """Dress a plain article URL the way citations arrive in the wild."""
    host = url.split("/")[2]
    rest = url.split("/", 3)[3]
    bare = host.removeprefix("www.")
    forms = [
        lambda: f"{url}?utm_source=twitter&utm_medium=social&utm_campaign={rng.choice(WORDS)}",
        lambda: f"{url}?fbclid=IwAR{rng.getrandbits(64):x}",
        lambda: f"https://amp.{bare}/{rest}",
        lambda: f"{url.rstrip('/')}/amp",
        lambda: f"{url}?outputType=amp",
        lambda: f"https://www.google.com/amp/s/{host}/{rest}",
        lambda: (
            f"https://{bare.replace('-', '--').replace('.', '-')}.cdn.ampproject.org/c/s/{host}/{rest}"
        ),
        lambda: f"https://web.archive.org/web/2025{rng.randint(10**9, 10**10 - 1)}/{url}",
        lambda: f"https://archive.ph/newest/{url}",
        lambda: f"https://www.google.com/url?q={url}&sa=D&source=editors",
        lambda: f"https://m.{bare}/{rest}",
        lambda: url.upper().replace("HTTPS://", "https://") if rng.random() < 0.5 else url.upper(),
        lambda: f"{host}/{rest}",
        lambda: f"{url}#comments",
    ]
    return rng.choice(forms)()


def main() -> None:
    """Write the citation sample file, the same for the same seed."""
    rng = random.Random(SEED)
    outlets = {
        region: [line.split("|") for line in block.strip().splitlines()]
        for region, block in NEWS.items()
    }
    rows: list[tuple[str, str, str, str]] = []
    regions = list(REGION_SHARE)
    for _ in range(N_NEWS):
        region = rng.choices(regions, weights=[REGION_SHARE[r] for r in regions])[0]
        pool = outlets[region]
        host, name, _ = rng.choices(pool, weights=[int(w) for _, _, w in pool])[0]
        url = f"https://{host}{_path(host, rng)}"
        if rng.random() < 0.2:
            url = _wrap(url, rng)
        rows.append((url, name, region, "news"))

    def fill(template: str) -> str:
        y, m, d = _date(rng)
        return template.format(
            id=rng.randint(10**17, 10**19),
            vid="".join(
                rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                for _ in range(8)
            ),
            n=rng.randint(1000, 99999),
            user=rng.choice(
                ["jdoe_news", "citizenreporter", "mariaperez", "osint_watch", "k_tanaka"]
            ),
            slug=_slug(rng),
            Slug=_slug(rng).replace("-", "_").title(),
            y=y,
            m=m,
            d=f"{y}/{m}/{d}",
        )

    for template in INSTITUTIONS * 4:
        rows.append(("https://" + fill(template), "", "", "institution"))
    for template in SOCIAL * 5:
        rows.append((fill(template), "", "", "social"))
    for template in SHORT * 5:
        rows.append((fill(template), "", "", "shortener"))
    for template, name in AGGREGATED * 5:
        rows.append((fill(template), name, "", "aggregator"))
    for template in NON_NEWS * 3:
        rows.append((fill(template), "", "", "non-news"))
    for junk in JUNK * 2:
        rows.append((junk, "", "", "junk"))
    rng.shuffle(rows)
    with OUT.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["url", "name", "region", "kind"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} citations to {OUT}")


if __name__ == "__main__":
    main()
