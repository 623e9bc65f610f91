<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Compute Atlas</source>
        <translation>Compute Atlas</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>atlas::Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>텍스트를 지웁니다.</translation>
    </message>
</context>
<context>
    <name>atlas::AutoSaver</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the recovery directory</source>
        <translation>%1: 복구 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot lock the recovery file</source>
        <translation>%1: 복구 파일을 잠글 수 없습니다</translation>
    </message>
</context>
<context>
    <name>atlas::Basemap</name>
    <message>
        <source>Cannot load the basemap %1: %2</source>
        <translation>기본 지도 %1을(를) 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>GDAL cannot open it as vector data</source>
        <translation>GDAL에서 벡터 데이터로 열 수 없습니다</translation>
    </message>
    <message>
        <source>it has no layer &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 레이어가 없습니다</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; 레이어: %2</translation>
    </message>
    <message>
        <source>no field &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 필드가 없습니다</translation>
    </message>
    <message>
        <source>not in longitude and latitude</source>
        <translation>경도·위도 좌표가 아닙니다</translation>
    </message>
    <message>
        <source>Cannot load the basemap %1: GDAL cannot map it in memory</source>
        <translation>기본 지도 %1을(를) 불러올 수 없습니다: GDAL에서 메모리에 매핑할 수 없습니다</translation>
    </message>
    <message>
        <source>Made with Natural Earth</source>
        <translation>Natural Earth로 제작</translation>
    </message>
</context>
<context>
    <name>atlas::ColourVision</name>
    <message>
        <source>Normal colour vision</source>
        <translation>정상 색각</translation>
    </message>
    <message>
        <source>Deuteranopia (green-blind)</source>
        <translation>녹색맹(제2색맹)</translation>
    </message>
    <message>
        <source>Protanopia (red-blind)</source>
        <translation>적색맹(제1색맹)</translation>
    </message>
    <message>
        <source>Tritanopia (blue-blind)</source>
        <translation>청색맹(제3색맹)</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>회색조</translation>
    </message>
</context>
<context>
    <name>atlas::CommandLine</name>
    <message>
        <source>Compute Atlas: the geopolitics of AI infrastructure on a map.

Commands (no display needed):
  validate FILE            check a dataset; exit 0 valid, 1 invalid, 2 unreadable
  summary [FILE] [--json]  GPUs and spending per company, sites per country
  export -o OUT.png|.jpg|.svg|.pdf [--figure PRESET] [--title T] [--charts gpus|spending]
         [--theme light|dark|print] [--dpi N] [--view PRESET|west,south,east,north] …
                           a map or a composed report figure, as the window draws it
  import SRC [--layer L] [--target sites|investments] [--map field=column,…]
         [--into DATASET.json] [--source-url URL] -o OUT.json
                           sites or investments from CSV, GeoJSON, GeoPackage, Shapefile,
                           KML, FlatGeobuf or PG:… (docs/import.md); exit 0 imported and
                           valid, 1 nothing imported or invalid, 2 unreadable
  export-data [FILE] -o OUT.geojson|.gpkg|.csv
                           sites and investment flows for GIS tools

Without a command, opens the window on FILE or the bundled dataset.</source>
        <translation>Compute Atlas: 지도로 보는 AI 인프라의 지정학.

명령(디스플레이 필요 없음):
  validate FILE            데이터셋 검사. 종료 코드: 0 유효, 1 유효하지 않음, 2 읽을 수 없음
  summary [FILE] [--json]  기업별 GPU 수와 지출, 국가별 부지
  export -o OUT.png|.jpg|.svg|.pdf [--figure PRESET] [--title T] [--charts gpus|spending]
         [--theme light|dark|print] [--dpi N] [--view PRESET|west,south,east,north] …
                           창에 그려지는 그대로의 지도 또는 구성된 보고서 그림
  import SRC [--layer L] [--target sites|investments] [--map field=column,…]
         [--into DATASET.json] [--source-url URL] -o OUT.json
                           CSV, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf 또는 PG:…에서
                           부지 또는 투자 가져오기(docs/import.md). 종료 코드: 0 가져왔고 유효함,
                           1 가져온 것이 없거나 유효하지 않음, 2 읽을 수 없음
  export-data [FILE] -o OUT.geojson|.gpkg|.csv
                           GIS 도구용 부지 및 투자 흐름

명령 없이 실행하면 FILE 또는 기본 제공 데이터셋으로 창을 엽니다.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>요약을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>import: the layer to read (default: the first).</source>
        <translation>import: 읽을 레이어(기본값: 첫 번째 레이어).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>import: what the rows are: sites (default) or investments.</source>
        <translation>import: 행의 종류: sites(기본값) 또는 investments.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>import: which column fills which field, e.g. name=Title,lat=Y,lon=X; fields not given are guessed from the column names.</source>
        <translation>import: 어느 열로 어느 필드를 채울지 지정합니다(예: name=Title,lat=Y,lon=X). 지정하지 않은 필드는 열 이름으로 추측합니다.</translation>
    </message>
    <message>
        <source>field=column,…</source>
        <translation>필드=열,…</translation>
    </message>
    <message>
        <source>import: add the imported rows to this dataset (it may also be -o).</source>
        <translation>import: 가져온 행을 이 데이터셋에 추가합니다(-o와 같은 파일이어도 됩니다).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>import: the address the data came from, for the source that rows without one cite.</source>
        <translation>import: 데이터를 가져온 주소. 출처가 없는 행이 인용할 출처로 사용합니다.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>validate or summary</source>
        <translation>validate 또는 summary</translation>
    </message>
    <message>
        <source>A dataset file (.json).</source>
        <translation>데이터셋 파일(.json).</translation>
    </message>
    <message>
        <source>usage: compute-atlas validate FILE</source>
        <translation>사용법: compute-atlas validate FILE</translation>
    </message>
    <message>
        <source>usage: compute-atlas summary [FILE] [--json]</source>
        <translation>사용법: compute-atlas summary [FILE] [--json]</translation>
    </message>
    <message>
        <source>usage: compute-atlas import SRC [--layer L] [--target sites|investments] [--map field=column,…] [--into DATASET.json] [--source-url URL] -o OUT.json</source>
        <translation>사용법: compute-atlas import SRC [--layer L] [--target sites|investments] [--map field=column,…] [--into DATASET.json] [--source-url URL] -o OUT.json</translation>
    </message>
    <message>
        <source>usage: compute-atlas export-data [FILE] -o OUT.geojson|OUT.gpkg|OUT.csv</source>
        <translation>사용법: compute-atlas export-data [FILE] -o OUT.geojson|OUT.gpkg|OUT.csv</translation>
    </message>
    <message>
        <source>usage: compute-atlas export -o OUT.png [options]; the dataset is given with --dataset</source>
        <translation>사용법: compute-atlas export -o OUT.png [옵션]; 데이터셋은 --dataset으로 지정합니다</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>알 수 없는 명령 &quot;%1&quot;입니다. --help를 참고하십시오</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n warning(s))</source>
        <translation>
            <numerusform>%1: 유효함(경고 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid (%n error(s))</source>
        <translation>
            <numerusform>%1: 유효하지 않음(오류 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Per company: GPUs at sites, and spending as lead investor in USD as stated by the sources</source>
        <translation>기업별: 부지의 GPU 수와 주 투자자로서의 지출(출처에 명시된 미국 달러 기준)</translation>
    </message>
    <message>
        <source>GPUs %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>USD %1</source>
        <translation>USD %1</translation>
    </message>
    <message>
        <source>+ %1 (no USD stated)</source>
        <translation>+ %1(미국 달러 금액 명시 없음)</translation>
    </message>
    <message>
        <source>Sites per country</source>
        <translation>국가별 부지</translation>
    </message>
    <message>
        <source>export: --scenes: %1</source>
        <translation>export: --scenes: %1</translation>
    </message>
    <message>
        <source>%1: %2 scenes, %3 × %4 px at %5 dpi each</source>
        <translation>%1: 장면 %2개, 각각 %3 × %4 px, %5 dpi</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3 px at %4 dpi, %5, %6 sites and %7 flows drawn</source>
        <translation>%1: %2 × %3 px, %4 dpi, %5, 부지 %6개와 흐름 %7개를 그렸습니다</translation>
    </message>
    <message>
        <source>import: give the dataset to write with -o OUT.json</source>
        <translation>import: 저장할 데이터셋을 -o OUT.json으로 지정하십시오</translation>
    </message>
    <message>
        <source>import: -o must not be the source %1</source>
        <translation>import: -o는 원본 %1과(와) 같을 수 없습니다</translation>
    </message>
    <message>
        <source>import: --target: “%1” is not sites or investments</source>
        <translation>import: --target: “%1”은(는) sites 또는 investments가 아닙니다</translation>
    </message>
    <message>
        <source>import: --map: “%1” is not field=column with a field of %2</source>
        <translation>import: --map: “%1”은(는) %2 중 한 필드를 쓰는 field=column 형식이 아닙니다</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 skipped</source>
        <translation>%1: %2행 읽음, %3행 가져옴, %4행 건너뜀</translation>
    </message>
    <message>
        <source>%1: not written: nothing was imported</source>
        <translation>%1: 저장하지 않음: 가져온 것이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: not written: the result is not a valid dataset (%n error(s)); complete the columns, or import into a dataset that has the companies and sources with --into</source>
        <translation>
            <numerusform>%1: 저장하지 않음: 결과가 유효한 데이터셋이 아닙니다(오류 %n개). 빠진 열을 채우거나, --into로 해당 기업과 출처가 들어 있는 데이터셋에 가져오십시오</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: written: %2 sites, %3 investments, %4 companies, %5 sources (%n warning(s))</source>
        <translation>
            <numerusform>%1: 저장함: 부지 %2개, 투자 %3개, 기업 %4개, 출처 %5개(경고 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 sites and %3 flows written</source>
        <translation>%1: 부지 %2개와 흐름 %3개를 저장했습니다</translation>
    </message>
</context>
<context>
    <name>atlas::CompanyBarChart</name>
    <message>
        <source>Unspecified model</source>
        <translation>모델 미지정</translation>
    </message>
    <message>
        <source>• %1: %2 = %3 stated USD %4</source>
        <translation>• %1: %2 = %3(명시된 미국 달러) %4</translation>
    </message>
    <message>
        <source>Caveat: %1</source>
        <translation>유의 사항: %1</translation>
    </message>
    <message>
        <source>Unspecified destination</source>
        <translation>대상 국가 미지정</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>이 필터에 해당하는 데이터가 없습니다</translation>
    </message>
    <message>
        <source>Stack by:</source>
        <translation>누적 기준:</translation>
    </message>
    <message>
        <source>Split each company&apos;s bar by the countries its investments go to (hatched: disputed or qualified amounts)</source>
        <translation>각 기업의 막대를 투자 대상 국가별로 나눕니다(빗금: 이견이 있거나 단서가 붙은 금액)</translation>
    </message>
    <message>
        <source>Split each company&apos;s bar by GPU model or by site</source>
        <translation>각 기업의 막대를 GPU 모델별 또는 부지별로 나눕니다</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>By GPU model</source>
        <translation>GPU 모델별</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>부지별</translation>
    </message>
    <message>
        <source>By destination country</source>
        <translation>투자 대상 국가별</translation>
    </message>
    <message>
        <source>Also %1 with no stated USD equivalent (not in the bar)</source>
        <translation>이 밖에 명시된 미국 달러 환산액이 없는 %1(막대에 포함되지 않음)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Counted investments:</source>
        <translation>집계된 투자:</translation>
    </message>
    <message>
        <source>Disputed or qualified amounts (hatched):</source>
        <translation>이견이 있거나 단서가 붙은 금액(빗금):</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Includes disputed or qualified amounts (hatched)</source>
        <translation>이견이 있거나 단서가 붙은 금액 포함(빗금)</translation>
    </message>
    <message>
        <source>Spending by company</source>
        <translation>기업별 지출</translation>
    </message>
    <message>
        <source>GPUs by company</source>
        <translation>기업별 GPU 수</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표 보기</translation>
    </message>
    <message>
        <source>Show the chart as a table, and back (T while the chart has focus)</source>
        <translation>차트를 표로 보거나 다시 차트로 돌아갑니다(차트에 포커스가 있을 때 T 키)</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (표)</translation>
    </message>
    <message>
        <source>One row per company, largest first; selecting rows selects the companies everywhere. T shows the chart again.</source>
        <translation>기업마다 한 행이며 큰 값부터 정렬됩니다. 행을 선택하면 모든 보기에서 해당 기업이 선택됩니다. T 키를 누르면 차트가 다시 표시됩니다.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>A bar of a chart as a screen reader reads it: company, value, source tags.</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s), largest first; the largest is %1. The arrow keys move between the bars; T shows them as a table.</source>
        <translation>
            <numerusform>막대 %n개가 큰 값부터 정렬되어 있습니다. 가장 큰 막대: %1. 화살표 키로 막대 사이를 이동하고, T 키를 누르면 표로 표시됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::CompanyTableModel</name>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>본사</translation>
    </message>
    <message>
        <source>Investments led</source>
        <translation>주도한 투자</translation>
    </message>
    <message>
        <source>Headquarters location not known</source>
        <translation>본사 위치를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1, %2 (lon, lat)</source>
        <translation>%1, %2 (경도, 위도)</translation>
    </message>
</context>
<context>
    <name>atlas::DataActions</name>
    <message>
        <source>Moved to %1, %2 (lon, lat); Edit › Undo puts it back</source>
        <translation>%1, %2 (경도, 위도) 위치로 이동했습니다. 편집 › 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>데이터 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add sites or investments from a CSV, GeoJSON, GeoPackage, Shapefile, KML or FlatGeobuf file or a PostGIS database</source>
        <translation>CSV, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf 파일이나 PostGIS 데이터베이스에서 부지 또는 투자를 추가합니다.</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Export the sites and investment flows as GeoJSON, GeoPackage or CSV</source>
        <translation>부지와 투자 흐름을 GeoJSON, GeoPackage 또는 CSV로 내보냅니다.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Site…</source>
        <translation>부지(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a data-centre site</source>
        <translation>데이터센터 부지를 추가합니다.</translation>
    </message>
    <message>
        <source>&amp;Company…</source>
        <translation>기업(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>기업을 추가합니다.</translation>
    </message>
    <message>
        <source>&amp;Investment…</source>
        <translation>투자(&amp;I)…</translation>
    </message>
    <message>
        <source>Add an investment from companies to sites</source>
        <translation>기업이 부지에 하는 투자를 추가합니다.</translation>
    </message>
    <message>
        <source>S&amp;ource…</source>
        <translation>출처(&amp;O)…</translation>
    </message>
    <message>
        <source>Add a source that figures can cite</source>
        <translation>수치에 인용할 수 있는 출처를 추가합니다.</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>선택 항목 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected entry in a form, its sources included</source>
        <translation>선택한 항목을 출처까지 포함해 양식에서 편집합니다.</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>선택 항목 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entries (Edit › Undo brings them back)</source>
        <translation>선택한 항목을 삭제합니다(편집 › 실행 취소로 되돌릴 수 있음).</translation>
    </message>
    <message>
        <source>&amp;Move Sites on the Map</source>
        <translation>지도에서 부지 이동(&amp;M)</translation>
    </message>
    <message>
        <source>Drag sites on the map to move them; Esc cancels a drag</source>
        <translation>지도에서 부지를 끌어 이동합니다. Esc를 누르면 끌기가 취소됩니다.</translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation>변경되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries; Edit › Undo brings them back</source>
        <translation>
            <numerusform>항목 %n개를 삭제했습니다. 편집 › 실행 취소로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows from %1</source>
        <translation>
            <numerusform>%1에서 %n개 행 가져오기</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;GeoPackage (*.gpkg);;CSV (*.csv)</source>
        <translation>GeoJSON (*.geojson);;GeoPackage (*.gpkg);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the sites and flows to %1</source>
        <translation>부지와 투자 흐름을 %1에 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetEditor</name>
    <message>
        <source>&quot;%1&quot; was not added:
%2</source>
        <translation>&quot;%1&quot;을(를) 추가하지 않았습니다:
%2</translation>
    </message>
    <message>
        <source>Add company %1</source>
        <translation>기업 %1 추가</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>부지 %1 추가</translation>
    </message>
    <message>
        <source>Add investment %1</source>
        <translation>투자 %1 추가</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>출처 %1 추가</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in the dataset</source>
        <translation>&quot;%1&quot;은(는) 더 이상 데이터셋에 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not changed:
%2</source>
        <translation>&quot;%1&quot;을(를) 변경하지 않았습니다:
%2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was deleted, because other entries still refer to what you chose:
%1</source>
        <translation>선택한 항목을 다른 항목이 아직 참조하고 있어 아무것도 삭제하지 않았습니다:
%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>항목 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not moved:
%2</source>
        <translation>&quot;%1&quot;을(를) 이동하지 않았습니다:
%2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <source>The import brought nothing new</source>
        <translation>가져온 항목 중 새로운 것이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added, because the imported rows are incomplete:
%1</source>
        <translation>가져온 행이 불완전하여 아무것도 추가하지 않았습니다:
%1</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetEdits</name>
    <message>
        <source>investment &quot;%1&quot; names it as an investor</source>
        <translation>투자 &quot;%1&quot;에서 투자자로 지정됨</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; names it as an operator or partner</source>
        <translation>부지 &quot;%1&quot;에서 운영사 또는 파트너로 지정됨</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; lists its GPUs</source>
        <translation>부지 &quot;%1&quot;의 GPU 목록에 포함됨</translation>
    </message>
    <message>
        <source>investment &quot;%1&quot; targets it</source>
        <translation>투자 &quot;%1&quot;의 대상으로 지정됨</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; has it as a part</source>
        <translation>부지 &quot;%1&quot;의 일부로 포함됨</translation>
    </message>
    <message>
        <source>company &quot;%1&quot; cites it</source>
        <translation>기업 &quot;%1&quot;에서 인용함</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; cites it</source>
        <translation>부지 &quot;%1&quot;에서 인용함</translation>
    </message>
    <message>
        <source>investment &quot;%1&quot; cites it</source>
        <translation>투자 &quot;%1&quot;에서 인용함</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; shows it</source>
        <translation>장면 &quot;%1&quot;에 표시됨</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetExporter</name>
    <message>
        <source>“%1” has no target site; no flow is exported</source>
        <translation>“%1”에 대상 부지가 없어 흐름을 내보내지 않습니다</translation>
    </message>
    <message>
        <source>the lead investor of “%1” has no headquarters; no flow is exported</source>
        <translation>“%1”의 주 투자자에게 본사가 없어 흐름을 내보내지 않습니다</translation>
    </message>
    <message>
        <source>“%1” names the unknown site “%2”; no flow to it is exported</source>
        <translation>“%1”이(가) 알 수 없는 부지 “%2”을(를) 가리키므로 이 부지로 향하는 흐름을 내보내지 않습니다</translation>
    </message>
    <message>
        <source>cannot create the layer “%1”</source>
        <translation>레이어 “%1”을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot create the field “%1”</source>
        <translation>필드 “%1”을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write a feature</source>
        <translation>피처를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>파일을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>unknown export format; use .geojson, .json, .gpkg or .csv</source>
        <translation>알 수 없는 내보내기 형식입니다. .geojson, .json, .gpkg 또는 .csv를 사용하십시오</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetImporter</name>
    <message>
        <source>Source “%1” cited by %2</source>
        <translation>%2에서 인용한 출처 “%1”</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message>
        <source>reading stopped after row %1: %2</source>
        <translation>%1행 이후 읽기를 중단했습니다: %2</translation>
    </message>
    <message>
        <source>the layer has no rows</source>
        <translation>레이어에 행이 없습니다</translation>
    </message>
    <message>
        <source>the header was read as the column “%1”: the values seem to be separated by “%2”; use one delimiter (comma, semicolon or tab) throughout</source>
        <translation>머리글이 “%1” 열 하나로 읽혔습니다. 값이 “%2”(으)로 구분된 것 같습니다. 구분 기호는 쉼표, 세미콜론, 탭 중 하나로 통일하십시오</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>“%1” is not a field that can be imported here; the fields are: %2</source>
        <translation>“%1”은(는) 여기서 가져올 수 있는 필드가 아닙니다. 가져올 수 있는 필드: %2</translation>
    </message>
    <message>
        <source>the column “%1” mapped to “%2” is not in the layer; its columns are: %3</source>
        <translation>“%2”에 연결된 열 “%1”이(가) 레이어에 없습니다. 레이어의 열: %3</translation>
    </message>
    <message>
        <source>no column is mapped to the required field “%1” (%2); the columns are: %3</source>
        <translation>필수 필드 “%1”(%2)에 연결된 열이 없습니다. 열 목록: %3</translation>
    </message>
    <message>
        <source>the site&apos;s name</source>
        <translation>부지 이름</translation>
    </message>
    <message>
        <source>“lon” and “lat” must be mapped together</source>
        <translation>“lon”과 “lat”은 함께 연결해야 합니다</translation>
    </message>
    <message>
        <source>no position: map “lon” and “lat” (or “wkt”) to columns; the layer has no geometry of its own, and its columns are: %1</source>
        <translation>위치가 없습니다. “lon”과 “lat”(또는 “wkt”)을 열에 연결하십시오. 레이어 자체에는 도형이 없으며, 레이어의 열은 다음과 같습니다: %1</translation>
    </message>
    <message>
        <source>the investor</source>
        <translation>투자자</translation>
    </message>
    <message>
        <source>when the investment was announced</source>
        <translation>투자 발표 시점</translation>
    </message>
    <message>
        <source>no target: map “target_site” or “target_country” to a column; the columns are: %1</source>
        <translation>대상이 없습니다. “target_site” 또는 “target_country”를 열에 연결하십시오. 열 목록: %1</translation>
    </message>
    <message>
        <source>cannot reproject from %1 to WGS 84: %2</source>
        <translation>%1에서 WGS 84로 재투영할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>unknown CRS</source>
        <translation>알 수 없는 좌표계</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; it was read as Latin-1 (ISO 8859-1)</source>
        <translation>텍스트가 올바른 UTF-8이 아니어서 Latin-1(ISO 8859-1)로 읽었습니다</translation>
    </message>
    <message>
        <source>%1; the row is skipped</source>
        <translation>%1. 이 행은 건너뜁니다</translation>
    </message>
    <message>
        <source>“%1” is too large a number</source>
        <translation>“%1”은(는) 너무 큰 숫자입니다</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not a finite number</source>
        <translation>“%1”은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1은(는) 음수입니다</translation>
    </message>
    <message>
        <source>%1 is implausibly large</source>
        <translation>%1은(는) 비현실적으로 큰 값입니다</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>the id “%1” may only contain letters, digits, “_” and “-”</source>
        <translation>id “%1”에는 문자, 숫자, “_”, “-”만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>duplicate id “%1”</source>
        <translation>id “%1”이(가) 중복됩니다</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>“%1” is not a country name or ISO 3166-1 code</source>
        <translation>“%1”은(는) 국가 이름이나 ISO 3166-1 코드가 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not a kind of site; use one of %2</source>
        <translation>“%1”은(는) 부지 종류가 아닙니다. %2 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>“%1” is not a status; use one of %2</source>
        <translation>“%1”은(는) 상태가 아닙니다. %2 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2025-09-16, 2025-09, 2025-Q3 or 2025</source>
        <translation>“%1”은(는) 2025-09-16, 2025-09, 2025-Q3, 2025 같은 형식의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>the latitude is empty</source>
        <translation>위도가 비어 있습니다</translation>
    </message>
    <message>
        <source>the longitude is empty</source>
        <translation>경도가 비어 있습니다</translation>
    </message>
    <message>
        <source>the WKT geometry is empty</source>
        <translation>WKT 도형이 비어 있습니다</translation>
    </message>
    <message>
        <source>“%1” is not WKT geometry</source>
        <translation>“%1”은(는) WKT 도형이 아닙니다</translation>
    </message>
    <message>
        <source>the row has no geometry</source>
        <translation>행에 도형이 없습니다</translation>
    </message>
    <message>
        <source>(%1, %2) cannot be transformed from %3 to WGS 84</source>
        <translation>(%1, %2)을(를) %3에서 WGS 84로 변환할 수 없습니다</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180…180</source>
        <translation>경도 %1이(가) -180…180 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90…90</source>
        <translation>위도 %1이(가) -90…90 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>(%1, %2) is in no country; map a “country” column</source>
        <translation>(%1, %2)은(는) 어느 국가에도 속하지 않습니다. “country” 열을 연결하십시오</translation>
    </message>
    <message>
        <source>the row names no country; map a “country” column</source>
        <translation>행에 국가가 지정되지 않았습니다. “country” 열을 연결하십시오</translation>
    </message>
    <message>
        <source>no investor is named</source>
        <translation>투자자가 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>the date the investment was announced is empty</source>
        <translation>투자 발표일이 비어 있습니다</translation>
    </message>
    <message>
        <source>no target site or country is named</source>
        <translation>대상 부지나 국가가 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>“%1” is not a kind of investment; use one of %2</source>
        <translation>“%1”은(는) 투자 종류가 아닙니다. %2 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>the amount has no currency</source>
        <translation>금액에 통화가 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>unknown currency “%1”; use an ISO 4217 code such as USD, GBP or EUR</source>
        <translation>알 수 없는 통화 “%1”입니다. USD, GBP, EUR 같은 ISO 4217 코드를 사용하십시오</translation>
    </message>
    <message>
        <source>the values seem to be separated by “%1” (first line “%2”); save the file with commas, semicolons or tabs between the values</source>
        <translation>값이 “%1”(으)로 구분된 것 같습니다(첫 줄 “%2”). 값 사이에 쉼표, 세미콜론 또는 탭을 넣어 파일을 저장하십시오</translation>
    </message>
    <message>
        <source>space</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>the first line “%1” has a single column; a CSV file needs a header with at least two columns separated by commas, semicolons or tabs</source>
        <translation>첫 줄 “%1”에 열이 하나뿐입니다. CSV 파일에는 쉼표, 세미콜론 또는 탭으로 구분된 열이 두 개 이상인 머리글이 있어야 합니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>not a vector format GDAL can read</source>
        <translation>GDAL이 읽을 수 있는 벡터 형식이 아닙니다</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>has no layers</source>
        <translation>레이어가 없습니다</translation>
    </message>
    <message>
        <source>has no layer “%1”; its layers are: %2</source>
        <translation>레이어 “%1”이(가) 없습니다. 있는 레이어: %2</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false 값</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; is ignored and will not be saved</source>
        <translation>알 수 없는 필드 &quot;%1&quot;은(는) 무시되며 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>객체가 와야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>문자열이 와야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>숫자가 와야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>number is too large to represent</source>
        <translation>숫자가 너무 커서 표현할 수 없습니다.</translation>
    </message>
    <message>
        <source>expected a text object such as {&quot;en&quot;: &quot;…&quot;, &quot;ko&quot;: &quot;…&quot;}, found %1</source>
        <translation>{&quot;en&quot;: &quot;…&quot;, &quot;ko&quot;: &quot;…&quot;} 같은 텍스트 객체가 와야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1</source>
        <translation>문자열 배열이 와야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다. YYYY, YYYY-Qn, YYYY-MM 또는 YYYY-MM-DD 형식을 사용하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot;은(는) 허용되는 값이 아닙니다. 허용 값: %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>배열이 와야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>alternatives cannot have alternatives of their own</source>
        <translation>대안 값(alternatives) 안에 다시 대안 값을 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>expected [longitude, latitude] in degrees, found %1</source>
        <translation>도 단위의 [경도, 위도]가 와야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>[%1, %2] is not a longitude from -180 to 180 and a latitude from -90 to 90</source>
        <translation>[%1, %2]은(는) 올바른 좌표가 아닙니다. 경도는 -180~180, 위도는 -90~90 범위여야 합니다.</translation>
    </message>
    <message>
        <source>the span must not be negative (0 shows the whole world)</source>
        <translation>범위(span)는 음수일 수 없습니다(0이면 전 세계를 표시합니다).</translation>
    </message>
    <message>
        <source>only arrows have &quot;to&quot;; it is ignored</source>
        <translation>&quot;to&quot;는 화살표에만 쓰이므로 무시합니다.</translation>
    </message>
    <message>
        <source>not a Compute Atlas dataset: &quot;format&quot; must be &quot;compute-atlas-dataset&quot;</source>
        <translation>Compute Atlas 데이터셋이 아닙니다. &quot;format&quot;은 &quot;compute-atlas-dataset&quot;이어야 합니다.</translation>
    </message>
    <message>
        <source>expected a whole version number, found %1</source>
        <translation>버전 번호는 정수여야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>version %1 does not exist; the first is 1</source>
        <translation>버전 %1은(는) 존재하지 않습니다. 첫 버전은 1입니다.</translation>
    </message>
    <message>
        <source>format version %1 is newer than this application reads (%2); update Compute Atlas</source>
        <translation>형식 버전 %1은(는) 이 애플리케이션이 읽을 수 있는 버전(%2)보다 최신입니다. Compute Atlas를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>필수 필드 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다.</translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation>데이터셋 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>file is %1 MiB; datasets larger than %2 MiB are refused</source>
        <translation>파일 크기가 %1 MiB입니다. %2 MiB보다 큰 데이터셋은 열 수 없습니다.</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text</source>
        <translation>파일이 올바른 UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>JSON ends early (truncated file?): %1</source>
        <translation>JSON이 중간에 끝났습니다(파일이 잘렸을 수 있음): %1</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON 구문 오류: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found an array</source>
        <translation>최상위에 JSON 객체가 와야 하는데 배열이 있습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetValidator</name>
    <message>
        <source>id &quot;%1&quot; may only contain letters, digits, &quot;_&quot; and &quot;-&quot;</source>
        <translation>ID &quot;%1&quot;에는 문자, 숫자, &quot;_&quot;, &quot;-&quot;만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>ID &quot;%1&quot;이(가) 중복됩니다 (처음 사용된 위치: %2)</translation>
    </message>
    <message>
        <source>cites no source; every figure needs at least one</source>
        <translation>인용한 출처가 없습니다. 모든 수치에는 출처가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>알 수 없는 출처 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>unknown company &quot;%1&quot;</source>
        <translation>알 수 없는 기업 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;</source>
        <translation>알 수 없는 부지 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>&quot;%1&quot;은(는) ISO 3166-1 alpha-2 국가 코드가 아닙니다</translation>
    </message>
    <message>
        <source>has no Korean name (&quot;ko&quot;)</source>
        <translation>한국어 이름(&quot;ko&quot;)이 없습니다</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180…180</source>
        <translation>경도 %1이(가) -180…180 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90…90</source>
        <translation>위도 %1이(가) -90…90 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>must not be negative (%1)</source>
        <translation>음수일 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>an amount needs a &quot;currency&quot;</source>
        <translation>금액에는 &quot;currency&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;; use an ISO 4217 code such as USD, GBP or EUR</source>
        <translation>알 수 없는 통화 &quot;%1&quot;입니다. USD, GBP, EUR 같은 ISO 4217 코드를 사용하십시오</translation>
    </message>
    <message>
        <source>%1 is implausibly large for an amount; amounts are in full units</source>
        <translation>%1은(는) 금액으로 보기에 지나치게 큽니다. 금액은 단위를 줄이지 않은 전체 값으로 적습니다</translation>
    </message>
    <message>
        <source>a count or capacity has no currency</source>
        <translation>개수나 용량에는 통화가 없습니다</translation>
    </message>
    <message>
        <source>a count or capacity has no USD value</source>
        <translation>개수나 용량에는 USD 값이 없습니다</translation>
    </message>
    <message>
        <source>%1 is implausibly large here</source>
        <translation>%1은(는) 이 항목으로 보기에 지나치게 큽니다</translation>
    </message>
    <message>
        <source>a count must be a whole number</source>
        <translation>개수는 정수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>&quot;%1&quot;은(는) http(s) 주소가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reliability; the only one is &quot;low&quot;</source>
        <translation>&quot;%1&quot;은(는) 신뢰도 값이 아닙니다. 쓸 수 있는 값은 &quot;low&quot;뿐입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour like #1f77b4</source>
        <translation>&quot;%1&quot;은(는) #1f77b4 같은 색 값이 아닙니다</translation>
    </message>
    <message>
        <source>a site needs its country, as an ISO 3166-1 alpha-2 code</source>
        <translation>부지에는 ISO 3166-1 alpha-2 코드로 된 국가가 있어야 합니다</translation>
    </message>
    <message>
        <source>an earlier status needs its &quot;asOf&quot; date</source>
        <translation>이전 상태에는 &quot;asOf&quot; 날짜가 있어야 합니다</translation>
    </message>
    <message>
        <source>the status history must run from oldest to newest</source>
        <translation>상태 기록은 오래된 것부터 최신 순으로 나열되어야 합니다</translation>
    </message>
    <message>
        <source>GPUs need the company whose they are</source>
        <translation>GPU에는 보유 기업이 있어야 합니다</translation>
    </message>
    <message>
        <source>GPUs need their model, or &quot;unspecified&quot;</source>
        <translation>GPU에는 모델명 또는 &quot;unspecified&quot;가 있어야 합니다</translation>
    </message>
    <message>
        <source>a site cannot be a part of itself</source>
        <translation>부지는 자기 자신의 일부일 수 없습니다</translation>
    </message>
    <message>
        <source>unknown projection &quot;%1&quot;; use one of %2</source>
        <translation>알 수 없는 투영법 &quot;%1&quot;입니다. %2 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>a span of %1 m is more than the whole Earth; the span is in metres</source>
        <translation>범위 %1 m는 지구 전체보다 큽니다. span은 미터 단위입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not type:id with a type of company, site, investment, source or country</source>
        <translation>&quot;%1&quot;은(는) type:id 형식이 아닙니다. type은 company, site, investment, source, country 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names nothing in this dataset</source>
        <translation>&quot;%1&quot;에 해당하는 항목이 이 데이터셋에 없습니다</translation>
    </message>
    <message>
        <source>names no investor</source>
        <translation>투자자가 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>needs the date it was announced</source>
        <translation>발표 날짜가 있어야 합니다</translation>
    </message>
    <message>
        <source>names no target: give &quot;targetSites&quot; or &quot;targetCountries&quot;</source>
        <translation>대상이 지정되지 않았습니다. &quot;targetSites&quot; 또는 &quot;targetCountries&quot;를 지정하십시오</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>기간의 종료일이 시작일보다 앞섭니다</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetWriter</name>
    <message>
        <source>%1 was not saved: it could not be read to keep a backup of it: %2</source>
        <translation>%1을(를) 저장하지 않았습니다: 백업을 만들려고 파일을 읽을 수 없었습니다: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: its backup %2 could not be written: %3</source>
        <translation>%1을(를) 저장하지 않았습니다: 백업 파일 %2을(를) 쓸 수 없었습니다: %3</translation>
    </message>
    <message>
        <source>%1 was not saved: the file is read-only</source>
        <translation>%1을(를) 저장하지 않았습니다: 읽기 전용 파일입니다</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>atlas::DetailsPanel</name>
    <message>
        <source>“%1” is not in this dataset.</source>
        <translation>“%1”은(는) 이 데이터셋에 없습니다.</translation>
    </message>
    <message>
        <source>Select a site, company or investment on the map, in a chart or in a table to see its details and sources.</source>
        <translation>지도, 차트 또는 표에서 부지, 기업 또는 투자를 선택하면 세부 정보와 출처가 표시됩니다.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1, %2 (lon, lat)</source>
        <translation>%1, %2 (경도, 위도)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>(≈%1 as stated)</source>
        <translation>(명시된 환산액 ≈%1)</translation>
    </message>
    <message>
        <source>↳ Other source: %1</source>
        <translation>↳ 다른 출처: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>근거: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>low reliability</source>
        <translation>신뢰도 낮음</translation>
    </message>
    <message>
        <source>Site · %1</source>
        <translation>부지 · %1</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(%1 기준)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>운영사</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>no source states a count</source>
        <translation>수를 명시한 출처 없음</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>기업: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>고객: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>예정: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>구성 부지</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>소속 구역</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Investment · %1</source>
        <translation>투자 · %1</translation>
    </message>
    <message>
        <source>(lead)</source>
        <translation>(주 투자자)</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>투자자</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>부지</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>공개되지 않음</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>⚠ Caveats</source>
        <translation>⚠ 유의 사항</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>본사</translation>
    </message>
    <message>
        <source>GPUs: %1 in %2 deployment(s)</source>
        <translation>GPU: %1 (배치 %2건)</translation>
    </message>
    <message>
        <source>(%1 without a stated count)</source>
        <translation>(수가 명시되지 않은 배치 %1건)</translation>
    </message>
    <message>
        <source>Spending as lead investor: %1 (USD as the sources state it)</source>
        <translation>주 투자자로서의 지출: %1 (출처에 명시된 미국 달러 기준)</translation>
    </message>
    <message>
        <source>plus %1 with no stated USD equivalent</source>
        <translation>그 밖에 미국 달러 환산액이 명시되지 않은 %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>주 투자자</translation>
    </message>
    <message>
        <source>co-investor</source>
        <translation>공동 투자자</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>운영사</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>GPU customer</source>
        <translation>GPU 고객</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>⚠ Low reliability: the fact sheet flags this source as weak.</source>
        <translation>⚠ 신뢰도 낮음: 팩트시트에서 이 출처를 신뢰도가 낮은 출처로 표시했습니다.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>본사</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Nothing in the dataset cites this source.</source>
        <translation>데이터셋에서 이 출처를 인용한 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>인용한 항목</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Country · %1</source>
        <translation>국가 · %1</translation>
    </message>
    <message>
        <source>Companies based here</source>
        <translation>이 국가에 본사를 둔 기업</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>뒤로 (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>앞으로 (%1)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit everything about the entry shown here, its sources included</source>
        <translation>여기 표시된 항목의 모든 내용을 출처까지 포함해 편집합니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the entry shown here (Edit › Undo brings it back)</source>
        <translation>여기 표시된 항목을 삭제합니다(편집 › 실행 취소로 되돌릴 수 있음).</translation>
    </message>
    <message>
        <source>Shows %1</source>
        <translation>%1 표시 중</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>선택한 항목 없음</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>(the dataset&apos;s: %1)</source>
        <translation>(데이터셋의 색: %1)</translation>
    </message>
</context>
<context>
    <name>atlas::DiagnosticsDialog</name>
    <message>
        <source>Problems in the dataset</source>
        <translation>데이터셋의 문제</translation>
    </message>
    <message>
        <source>Line:column</source>
        <translation>줄:열</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>모두 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy every message as file:line:column text</source>
        <translation>모든 메시지를 파일:줄:열 형식의 텍스트로 복사합니다.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>atlas::EntityEditDialog</name>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>What the checks find; errors must be fixed before OK. Double-click to go to the field.</source>
        <translation>검사에서 찾은 문제입니다. 오류는 확인을 누르기 전에 고쳐야 합니다. 두 번 클릭하면 해당 필드로 이동합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2025, 2026-Q1, 2025-09 or 2025-09-16</source>
        <translation>&quot;%1&quot;은(는) 2025, 2026-Q1, 2025-09, 2025-09-16 같은 형식의 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>needs an id</source>
        <translation>ID가 필요합니다.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already taken</source>
        <translation>ID &quot;%1&quot;은(는) 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>needs a name in English</source>
        <translation>영어 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>needs a title</source>
        <translation>제목이 필요합니다.</translation>
    </message>
    <message>
        <source>New Site</source>
        <translation>새 부지</translation>
    </message>
    <message>
        <source>Edit Site — %1</source>
        <translation>부지 편집 — %1</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>새 기업</translation>
    </message>
    <message>
        <source>Edit Company — %1</source>
        <translation>기업 편집 — %1</translation>
    </message>
    <message>
        <source>New Investment</source>
        <translation>새 투자</translation>
    </message>
    <message>
        <source>Edit Investment — %1</source>
        <translation>투자 편집 — %1</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>새 출처</translation>
    </message>
    <message>
        <source>Edit Source — %1</source>
        <translation>출처 편집 — %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>atlas::EntityEditForm</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>A unique id of letters, digits, &quot;_&quot; and &quot;-&quot;; proposed from the name until you edit it</source>
        <translation>영문자, 숫자, &quot;_&quot;, &quot;-&quot;로 이루어진 고유 ID입니다. 직접 수정하기 전까지는 이름을 바탕으로 자동 제안됩니다.</translation>
    </message>
    <message>
        <source>The id other entities and scenes refer to; it cannot be changed here</source>
        <translation>다른 항목과 장면이 참조하는 ID입니다. 여기서는 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>The name in English; required</source>
        <translation>영어 이름입니다(필수).</translation>
    </message>
    <message>
        <source>Name (&amp;Korean):</source>
        <translation>한국어 이름(&amp;K):</translation>
    </message>
    <message>
        <source>The name in Korean; without it the Korean edition shows the English name</source>
        <translation>한국어 이름입니다. 비워 두면 한국어판에 영어 이름이 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>국가(&amp;C):</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 code such as GB; type a code or a country&apos;s name to pick from a list</source>
        <translation>GB 같은 ISO 3166-1 alpha-2 코드입니다. 코드나 국가 이름을 입력하면 목록에서 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Longitude:</source>
        <translation>경도(&amp;L):</translation>
    </message>
    <message>
        <source>Degrees east of Greenwich, WGS 84; west is negative</source>
        <translation>그리니치 자오선에서 동쪽으로 잰 각도(도, WGS 84)입니다. 서경은 음수입니다.</translation>
    </message>
    <message>
        <source>L&amp;atitude:</source>
        <translation>위도(&amp;A):</translation>
    </message>
    <message>
        <source>Degrees north of the equator, WGS 84; south is negative</source>
        <translation>적도에서 북쪽으로 잰 각도(도, WGS 84)입니다. 남위는 음수입니다.</translation>
    </message>
    <message>
        <source>Coordinate &amp;basis:</source>
        <translation>좌표 근거(&amp;B):</translation>
    </message>
    <message>
        <source>How the coordinate was found: exact, a proxy such as a nearby station, approximate or derived</source>
        <translation>좌표를 구한 방법입니다. 정확한 위치, 인근 역 같은 대리 지점, 대략적 위치, 다른 값에서 도출한 위치 중 하나입니다.</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>장소(&amp;P):</translation>
    </message>
    <message>
        <source>What the coordinate is of, in English, e.g. &quot;Debden station&quot;</source>
        <translation>좌표가 가리키는 대상의 영어 이름입니다(예: &quot;Debden station&quot;).</translation>
    </message>
    <message>
        <source>Place (Korean):</source>
        <translation>장소(한국어):</translation>
    </message>
    <message>
        <source>What the coordinate is of, in Korean</source>
        <translation>좌표가 가리키는 대상의 한국어 이름입니다.</translation>
    </message>
    <message>
        <source>Location sources:</source>
        <translation>위치 출처:</translation>
    </message>
    <message>
        <source>The sources of the coordinate, as comma-separated ids such as S1, S23</source>
        <translation>좌표의 출처입니다. S1, S23처럼 ID를 쉼표로 구분해 입력합니다.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Whether a source states the site&apos;s capacity in megawatts</source>
        <translation>출처에 부지의 용량(메가와트)이 명시되어 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Capacit&amp;y:</source>
        <translation>용량(&amp;Y):</translation>
    </message>
    <message>
        <source>The stated capacity in megawatts</source>
        <translation>명시된 용량(메가와트)입니다.</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Qualifier:</source>
        <translation>한정어:</translation>
    </message>
    <message>
        <source>How the stated figure relates to the real one: exact, up to, at least or about</source>
        <translation>명시된 수치와 실제 값의 관계입니다. 정확히, 최대, 최소, 약 중 하나입니다.</translation>
    </message>
    <message>
        <source>Capacity sources:</source>
        <translation>용량 출처:</translation>
    </message>
    <message>
        <source>The sources that state the capacity, as comma-separated ids</source>
        <translation>용량을 명시한 출처입니다. ID를 쉼표로 구분해 입력합니다.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Whether an amount was disclosed</source>
        <translation>금액이 공개되었는지 여부입니다.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>금액(&amp;A):</translation>
    </message>
    <message>
        <source>The amount in full units of its currency: 30,000,000,000 for $30bn</source>
        <translation>해당 통화 기준의 전체 금액입니다. 예: 300억 달러는 30,000,000,000</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>통화(&amp;U):</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the amount, e.g. USD, GBP or EUR</source>
        <translation>금액의 ISO 4217 통화 코드입니다(예: USD, GBP, EUR).</translation>
    </message>
    <message>
        <source>USD stated</source>
        <translation>미국 달러 명시</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>명시됨</translation>
    </message>
    <message>
        <source>Whether the source also prints the amount in US dollars</source>
        <translation>출처가 금액을 미국 달러로도 표기하는지 여부입니다.</translation>
    </message>
    <message>
        <source>In US dollars:</source>
        <translation>미국 달러 금액:</translation>
    </message>
    <message>
        <source>The USD equivalent as the source prints it; never converted by us</source>
        <translation>출처에 표기된 그대로의 미국 달러 환산액입니다. 앱에서 임의로 환산하지 않습니다.</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>근거:</translation>
    </message>
    <message>
        <source>Whether a source prints the figure, it is derived from sourced figures, or it is unverified</source>
        <translation>수치가 출처에 그대로 나오는지, 출처의 수치에서 도출한 것인지, 확인되지 않은 것인지를 나타냅니다.</translation>
    </message>
    <message>
        <source>Amount sources:</source>
        <translation>금액 출처:</translation>
    </message>
    <message>
        <source>The sources that state the amount, as comma-separated ids</source>
        <translation>금액을 명시한 출처입니다. ID를 쉼표로 구분해 입력합니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in the dataset)</source>
        <translation>%1 (데이터셋에 없음)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>부지</translation>
    </message>
    <message>
        <source>Kin&amp;d:</source>
        <translation>종류(&amp;D):</translation>
    </message>
    <message>
        <source>What sort of site it is</source>
        <translation>부지의 종류입니다.</translation>
    </message>
    <message>
        <source>&amp;Operators:</source>
        <translation>운영사(&amp;O):</translation>
    </message>
    <message>
        <source>The companies that run the site; tick one or more</source>
        <translation>부지를 운영하는 기업입니다. 하나 이상 선택합니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>The latest known status; earlier ones are kept as they are</source>
        <translation>알려진 최신 상태입니다. 이전 상태는 그대로 보존됩니다.</translation>
    </message>
    <message>
        <source>As o&amp;f:</source>
        <translation>기준 시점(&amp;F):</translation>
    </message>
    <message>
        <source>When the status was reported: 2025, 2026-Q1, 2025-09 or 2025-09-16</source>
        <translation>상태가 보고된 시점입니다: 2025, 2026-Q1, 2025-09 또는 2025-09-16</translation>
    </message>
    <message>
        <source>Status sources:</source>
        <translation>상태 출처:</translation>
    </message>
    <message>
        <source>The sources that report the status, as comma-separated ids</source>
        <translation>상태를 보고한 출처입니다. ID를 쉼표로 구분해 입력합니다.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Site so&amp;urces:</source>
        <translation>부지 출처(&amp;U):</translation>
    </message>
    <message>
        <source>Every source about the site, as comma-separated ids</source>
        <translation>부지에 관한 모든 출처입니다. ID를 쉼표로 구분해 입력합니다.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>지역(&amp;R):</translation>
    </message>
    <message>
        <source>The first-level region in English, e.g. Essex</source>
        <translation>영어로 적은 1차 행정 구역입니다(예: Essex).</translation>
    </message>
    <message>
        <source>Region (Korean):</source>
        <translation>지역(한국어):</translation>
    </message>
    <message>
        <source>The first-level region in Korean</source>
        <translation>한국어로 적은 1차 행정 구역입니다.</translation>
    </message>
    <message>
        <source>Capacity stated</source>
        <translation>용량 명시</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>색(&amp;L):</translation>
    </message>
    <message>
        <source>Clear colour</source>
        <translation>색 지우기</translation>
    </message>
    <message>
        <source>No colour of its own: the theme&apos;s fallback colour is used</source>
        <translation>고유 색이 없으며 테마의 기본 대체 색을 사용합니다.</translation>
    </message>
    <message>
        <source>Company Colour</source>
        <translation>기업 색</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>출처(&amp;U):</translation>
    </message>
    <message>
        <source>The sources about the company, as comma-separated ids</source>
        <translation>기업에 관한 출처입니다. ID를 쉼표로 구분해 입력합니다.</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>본사</translation>
    </message>
    <message>
        <source>Whether the headquarters is known; it is shown on the map</source>
        <translation>본사 위치가 알려져 있는지 여부입니다. 알려진 본사는 지도에 표시됩니다.</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>A pledge, capital spending, equity, a fund or a contract</source>
        <translation>약정, 자본 지출, 지분 투자, 펀드, 계약 중 하나입니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>&amp;Lead investor:</source>
        <translation>주 투자자(&amp;L):</translation>
    </message>
    <message>
        <source>The company the amount is attributed to</source>
        <translation>금액이 귀속되는 기업입니다.</translation>
    </message>
    <message>
        <source>&amp;Co-investors:</source>
        <translation>공동 투자자(&amp;C):</translation>
    </message>
    <message>
        <source>The other companies in the investment; tick one or more</source>
        <translation>이 투자에 참여한 다른 기업입니다. 하나 이상 선택합니다.</translation>
    </message>
    <message>
        <source>A&amp;nnounced:</source>
        <translation>발표 시점(&amp;N):</translation>
    </message>
    <message>
        <source>When it was announced: 2025, 2026-Q1, 2025-09 or 2025-09-16</source>
        <translation>발표된 시점입니다: 2025, 2026-Q1, 2025-09 또는 2025-09-16</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>목적(&amp;P):</translation>
    </message>
    <message>
        <source>What the money is for, in English</source>
        <translation>자금의 용도를 영어로 적습니다.</translation>
    </message>
    <message>
        <source>Purpose (Korean):</source>
        <translation>목적(한국어):</translation>
    </message>
    <message>
        <source>What the money is for, in Korean</source>
        <translation>자금의 용도를 한국어로 적습니다.</translation>
    </message>
    <message>
        <source>The sources about the investment, as comma-separated ids</source>
        <translation>투자에 관한 출처입니다. ID를 쉼표로 구분해 입력합니다.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>투자 대상</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>부지(&amp;S):</translation>
    </message>
    <message>
        <source>The mapped sites the money goes to; give sites, countries or both</source>
        <translation>자금이 투입되는 지도상의 부지입니다. 부지나 국가 또는 둘 다 지정합니다.</translation>
    </message>
    <message>
        <source>Countr&amp;ies:</source>
        <translation>국가(&amp;I):</translation>
    </message>
    <message>
        <source>The ISO codes of the countries the money goes to, comma-separated, e.g. GB, US</source>
        <translation>자금이 투입되는 국가의 ISO 코드를 쉼표로 구분해 입력합니다(예: GB, US).</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Where the money goes, in words, in English</source>
        <translation>자금이 투입되는 곳을 영어 문장으로 설명합니다.</translation>
    </message>
    <message>
        <source>Description (Korean):</source>
        <translation>설명(한국어):</translation>
    </message>
    <message>
        <source>Where the money goes, in words, in Korean</source>
        <translation>자금이 투입되는 곳을 한국어 문장으로 설명합니다.</translation>
    </message>
    <message>
        <source>Amount disclosed</source>
        <translation>금액 공개</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>The title as the source prints it; required</source>
        <translation>출처에 표기된 그대로의 제목입니다(필수).</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>발행처(&amp;P):</translation>
    </message>
    <message>
        <source>Who published it: a newspaper, a company, a web site</source>
        <translation>발행한 곳입니다(신문사, 기업, 웹사이트 등).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>The web address, starting with https://</source>
        <translation>https://로 시작하는 웹 주소입니다.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>When it was published: 2025, 2026-Q1, 2025-09 or 2025-09-16</source>
        <translation>발행된 시점입니다: 2025, 2026-Q1, 2025-09 또는 2025-09-16</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>신뢰도:</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>낮음(&amp;L)</translation>
    </message>
    <message>
        <source>Tick for sources the fact sheet flags as weak; figures that rest on them only are marked</source>
        <translation>팩트시트에서 신뢰도가 낮다고 표시한 출처이면 선택합니다. 이런 출처에만 근거한 수치는 별도로 표시됩니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The company&apos;s own colour, drawn when View › Theme › Company Colours is set to the dataset&apos;s colours; click to choose</source>
        <translation>기업 고유의 색입니다. 보기 › 테마 › 기업 색을 데이터셋의 색으로 설정했을 때 그려집니다. 클릭하여 선택합니다.</translation>
    </message>
</context>
<context>
    <name>atlas::EntityFields</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not a source of this dataset</source>
        <translation>%1 — 이 데이터셋의 출처가 아님</translation>
    </message>
</context>
<context>
    <name>atlas::Enums</name>
    <message>
        <source>exactly</source>
        <translation>정확히</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>about</source>
        <translation>약</translation>
    </message>
    <message>
        <source>stated by the source</source>
        <translation>출처에 명시됨</translation>
    </message>
    <message>
        <source>derived from sourced figures</source>
        <translation>출처 수치로부터 산출됨</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>검증되지 않음</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>정확한 위치</translation>
    </message>
    <message>
        <source>proxy (a nearby known point)</source>
        <translation>대리 위치 (근처의 알려진 지점)</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>대략적 위치</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>산출된 위치</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>데이터센터</translation>
    </message>
    <message>
        <source>AI growth zone</source>
        <translation>AI 성장 구역</translation>
    </message>
    <message>
        <source>Supercomputer</source>
        <translation>슈퍼컴퓨터</translation>
    </message>
    <message>
        <source>Quantum-AI centre</source>
        <translation>양자 AI 센터</translation>
    </message>
    <message>
        <source>AI factory</source>
        <translation>AI 팩토리</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>발표됨</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획됨</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>건설 중</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>투자 약속</translation>
    </message>
    <message>
        <source>Capital expenditure</source>
        <translation>설비 투자</translation>
    </message>
    <message>
        <source>Equity investment</source>
        <translation>지분 투자</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>펀드</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>계약</translation>
    </message>
    <message>
        <source>No chart</source>
        <translation>차트 없음</translation>
    </message>
    <message>
        <source>GPUs by company</source>
        <translation>기업별 GPU</translation>
    </message>
    <message>
        <source>Spending by company</source>
        <translation>기업별 지출</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>설명선</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>화살표</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message>
        <source>Drawing the preview…</source>
        <translation>미리 보기를 그리는 중…</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Choose a file and write the figure to it</source>
        <translation>파일을 선택하여 그림을 저장합니다</translation>
    </message>
    <message>
        <source>C&amp;opy to Clipboard</source>
        <translation>클립보드에 복사(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the figure, at its full size, to the clipboard as an image</source>
        <translation>그림을 원래 크기 그대로 이미지로 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>A figure format: its size, resolution and medium</source>
        <translation>그림 규격: 크기, 해상도, 매체</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>사전 설정(&amp;P):</translation>
    </message>
    <message>
        <source>The figure&apos;s width</source>
        <translation>그림의 너비</translation>
    </message>
    <message>
        <source>The figure&apos;s height</source>
        <translation>그림의 높이</translation>
    </message>
    <message>
        <source>Pixels, or millimetres for paper (custom sizes and paper presets)</source>
        <translation>픽셀, 또는 종이용 밀리미터(사용자 지정 크기 및 종이 사전 설정)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <source>Resolution: for paper it sets the pixels of the sheet, for screens only the file&apos;s DPI</source>
        <translation>해상도: 종이에서는 용지의 픽셀 수를 정하고, 화면용에서는 파일의 DPI 값만 정합니다</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
    <message>
        <source>PNG and JPEG are images; SVG and PDF are vector graphics with real text</source>
        <translation>PNG와 JPEG는 이미지이고, SVG와 PDF는 실제 텍스트가 들어가는 벡터 그래픽입니다</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 이미지</translation>
    </message>
    <message>
        <source>SVG vector graphics</source>
        <translation>SVG 벡터 그래픽</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Also write &amp;alt text</source>
        <translation>대체 텍스트도 저장(&amp;A)</translation>
    </message>
    <message>
        <source>Write a text description of the figure next to it, with the same name ending in .txt</source>
        <translation>그림과 같은 위치에 이름이 같고 확장자가 .txt인 텍스트 설명을 저장합니다</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>What part of the world the map shows</source>
        <translation>지도에 표시할 세계의 범위</translation>
    </message>
    <message>
        <source>Current map view</source>
        <translation>현재 지도 보기 영역</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>전 세계</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>보기 영역(&amp;V):</translation>
    </message>
    <message>
        <source>The figure&apos;s title; leave it empty for none</source>
        <translation>그림의 제목입니다. 비워 두면 제목을 넣지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>A line under the title</source>
        <translation>제목 아래에 표시되는 한 줄</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>부제목(&amp;S):</translation>
    </message>
    <message>
        <source>Notes printed under the sources (up to four lines)</source>
        <translation>출처 아래에 인쇄되는 메모(최대 4줄)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>A chart panel beside or below the map</source>
        <translation>지도 옆이나 아래에 표시할 차트 패널</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>GPUs by company</source>
        <translation>기업별 GPU</translation>
    </message>
    <message>
        <source>Spending by company</source>
        <translation>기업별 지출</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>차트(&amp;C):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Colours: light, dark, or print (opaque ink on white)</source>
        <translation>색: 밝게, 어둡게 또는 인쇄용(흰 바탕에 불투명 잉크)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄용</translation>
    </message>
    <message>
        <source>Th&amp;eme:</source>
        <translation>테마(&amp;E):</translation>
    </message>
    <message>
        <source>The language of the dataset&apos;s names and texts</source>
        <translation>데이터셋의 이름과 텍스트에 사용할 언어</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>언어(&amp;U):</translation>
    </message>
    <message>
        <source>Transparent bac&amp;kground</source>
        <translation>투명 배경(&amp;K)</translation>
    </message>
    <message>
        <source>No background outside the map (not for JPEG, which has no transparency)</source>
        <translation>지도 바깥에 배경을 그리지 않습니다(투명도를 지원하지 않는 JPEG에는 적용되지 않음)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>범례(&amp;L)</translation>
    </message>
    <message>
        <source>The key to symbol sizes, flows and statuses</source>
        <translation>기호 크기, 흐름, 상태에 대한 설명</translation>
    </message>
    <message>
        <source>La&amp;bels</source>
        <translation>레이블(&amp;B)</translation>
    </message>
    <message>
        <source>Names of the largest sites on the map</source>
        <translation>지도에서 가장 큰 부지들의 이름</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>경위선(&amp;G)</translation>
    </message>
    <message>
        <source>Lines of latitude and longitude</source>
        <translation>위도선과 경도선</translation>
    </message>
    <message>
        <source>Source l&amp;ine</source>
        <translation>출처 줄(&amp;I)</translation>
    </message>
    <message>
        <source>The publishers of every figure shown, under the map</source>
        <translation>지도 아래에 표시되는 모든 수치의 발행처</translation>
    </message>
    <message>
        <source>“As of” &amp;date</source>
        <translation>기준일(&amp;D)</translation>
    </message>
    <message>
        <source>The date the data is shown as of, and what symbol sizes show</source>
        <translation>데이터의 기준일과 기호 크기가 나타내는 값</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>저작자 표시</translation>
    </message>
    <message>
        <source>“Made with Natural Earth”</source>
        <translation>“Natural Earth로 제작”</translation>
    </message>
    <message>
        <source>Highlight the current selection</source>
        <translation>현재 선택 항목 강조</translation>
    </message>
    <message numerus="yes">
        <source>Highlight the current selection (%n item(s))</source>
        <translation>
            <numerusform>현재 선택 항목 강조(%n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what is selected in the window highlighted and dim the rest</source>
        <translation>창에서 선택한 항목을 강조하고 나머지는 흐리게 표시합니다</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>The figure as it will be exported, scaled down</source>
        <translation>내보낼 그림을 축소하여 보여 줍니다</translation>
    </message>
    <message>
        <source>The command that makes the same figure without the window, pixel for pixel</source>
        <translation>창 없이 픽셀 하나까지 똑같은 그림을 만드는 명령입니다</translation>
    </message>
    <message>
        <source>Co&amp;mmand line:</source>
        <translation>명령줄(&amp;M):</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>명령줄을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>The figure applies the filter bar&apos;s conditions; the command line has options for the date only.</source>
        <translation>그림에는 필터 막대의 조건이 적용되지만, 명령줄에는 날짜 옵션만 있습니다.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 × %4 mm · %5 dpi</source>
        <translation>%1 × %2 px · %3 × %4 mm · %5 dpi</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg *.jpeg)</source>
        <translation>JPEG 이미지 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG files (*.svg)</source>
        <translation>SVG 파일 (*.svg)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1을(를) 내보내는 중…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The figure could not be written.

%1</source>
        <translation>그림을 저장할 수 없습니다.

%1</translation>
    </message>
    <message>
        <source>Wrote %1 and its alt text, %2</source>
        <translation>%1과(와) 대체 텍스트 %2을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels</source>
        <translation>%1 × %2 픽셀 이미지를 만들 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>Copied a %1 × %2 px image to the clipboard</source>
        <translation>%1 × %2 px 이미지를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>프로젝터용</translation>
    </message>
    <message>
        <source>Projector, dark room</source>
        <translation>프로젝터용, 어두운 실내</translation>
    </message>
    <message>
        <source>Draw the figure as a reader with this colour vision sees it, to check that it reads without colour</source>
        <translation>이 색각을 가진 독자에게 보이는 대로 그림을 그려 색 없이도 읽을 수 있는지 확인합니다</translation>
    </message>
    <message>
        <source>Colour vision:</source>
        <translation>색각:</translation>
    </message>
</context>
<context>
    <name>atlas::Figure</name>
    <message>
        <source>Data as of %1 · symbol sizes: %2</source>
        <translation>데이터 기준일 %1 · 기호 크기: %2</translation>
    </message>
    <message>
        <source>Sources: none of the items shown cites a source.</source>
        <translation>출처: 표시된 항목 중 출처를 인용한 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n, listed in the dataset “%1”): </source>
        <translation>
            <numerusform>출처(%n개, 데이터셋 “%1”에 수록): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; 외 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>publishers: %1</source>
        <translation>발행처 %1곳</translation>
    </message>
    <message>
        <source>A map in the %1 projection. Sites shown: %2</source>
        <translation>%1 투영법 지도. 표시된 부지: %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>. Investment flows from investors&apos; headquarters to sites shown: %1.</source>
        <translation>. 표시된 투자 흐름(투자자 본사 → 부지): %1.</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>GPU %1개</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Symbol sizes show %1; the largest: %2.</source>
        <translation>기호 크기는 %1을(를) 나타냅니다. 가장 큰 부지: %2.</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Largest flows: %1.</source>
        <translation>가장 큰 흐름: %1.</translation>
    </message>
    <message>
        <source>Chart, %1: %2.</source>
        <translation>차트(%1): %2.</translation>
    </message>
    <message>
        <source>Data as of %1.</source>
        <translation>데이터 기준일: %1.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
</context>
<context>
    <name>atlas::FigureArguments</name>
    <message>
        <source>export: the dataset to draw (default: the bundled one).</source>
        <translation>export: 그릴 데이터셋 (기본값: 내장 데이터셋).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>export: the file to write; .png, .jpg, .svg or .pdf decides the format.</source>
        <translation>export: 저장할 파일. 확장자 .png, .jpg, .svg, .pdf에 따라 형식이 정해집니다.</translation>
    </message>
    <message>
        <source>export: a figure preset: %1, or custom (with --size).</source>
        <translation>export: 그림 프리셋: %1, 또는 custom(--size와 함께).</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>export: the size, WxH in pixels or WxHmm in millimetres (default 1920x1080 for map).</source>
        <translation>export: 크기. 픽셀 단위 WxH 또는 밀리미터 단위 WxHmm (map의 기본값 1920x1080).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>export: resolution; for sizes in mm and paper presets it sets the pixels (default: the preset&apos;s).</source>
        <translation>export: 해상도. mm 단위 크기와 용지 프리셋에서는 픽셀 수를 정합니다 (기본값: 프리셋의 값).</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>export: the figure&apos;s title (default: the dataset&apos;s).</source>
        <translation>export: 그림 제목 (기본값: 데이터셋 제목).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>export: the figure&apos;s subtitle.</source>
        <translation>export: 그림 부제목.</translation>
    </message>
    <message>
        <source>export: notes printed under the sources.</source>
        <translation>export: 출처 아래에 인쇄할 메모.</translation>
    </message>
    <message>
        <source>export: a chart panel: gpus, spending or none (default none).</source>
        <translation>export: 차트 패널: gpus, spending 또는 none (기본값 none).</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>export: %1 (default light).</source>
        <translation>export: %1 (기본값 light).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>export: no background outside the map (PNG, SVG, PDF).</source>
        <translation>export: 지도 바깥에 배경을 넣지 않습니다 (PNG, SVG, PDF).</translation>
    </message>
    <message>
        <source>export: the language of dataset texts: en or ko (default en).</source>
        <translation>export: 데이터셋 텍스트의 언어: en 또는 ko (기본값 en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>export: %1 (default equal-earth).</source>
        <translation>export: %1 (기본값 equal-earth).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>export: the projection&apos;s centre, lon,lat in degrees.</source>
        <translation>export: 투영법의 중심. 도 단위 경도,위도.</translation>
    </message>
    <message>
        <source>lon,lat</source>
        <translation>경도,위도</translation>
    </message>
    <message>
        <source>export: a preset (%1) or a lon-lat box west,south,east,north.</source>
        <translation>export: 프리셋(%1) 또는 경위도 범위 서,남,동,북.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>보기 영역</translation>
    </message>
    <message>
        <source>export: the projected extent to show, xmin,ymin,xmax,ymax in metres.</source>
        <translation>export: 표시할 투영 좌표 범위. 미터 단위 xmin,ymin,xmax,ymax.</translation>
    </message>
    <message>
        <source>box</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>export: what site sizes show: gpus, mw or usd (default gpus).</source>
        <translation>export: 부지 기호 크기가 나타낼 값: gpus, mw 또는 usd (기본값 gpus).</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>export: show the data as of this date (YYYY-MM-DD).</source>
        <translation>export: 이 날짜 기준의 데이터를 표시합니다 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>export: highlight these and dim the rest, e.g. company:nscale,site:loughton.</source>
        <translation>export: 지정한 항목을 강조하고 나머지는 흐리게 표시합니다. 예: company:nscale,site:loughton.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>export: also write what was drawn where, as JSON.</source>
        <translation>export: 무엇을 어디에 그렸는지 JSON으로 함께 저장합니다.</translation>
    </message>
    <message>
        <source>export: also write a text description of the figure.</source>
        <translation>export: 그림의 텍스트 설명도 함께 저장합니다.</translation>
    </message>
    <message>
        <source>export: a handout of the dataset&apos;s scenes, all or numbers such as 1,3-5: one PDF page per scene, or numbered images (default figure a4-landscape).</source>
        <translation>export: 데이터셋 장면의 유인물. all 또는 1,3-5 같은 번호로 지정합니다. 장면마다 PDF 한 페이지, 또는 번호가 붙은 이미지로 만듭니다 (기본 그림 a4-landscape).</translation>
    </message>
    <message>
        <source>scenes</source>
        <translation>장면</translation>
    </message>
    <message>
        <source>export --scenes: print each scene&apos;s presenter notes too.</source>
        <translation>export --scenes: 각 장면의 발표자 메모도 인쇄합니다.</translation>
    </message>
    <message>
        <source>export: leave this part out.</source>
        <translation>export: 이 부분을 넣지 않습니다.</translation>
    </message>
    <message>
        <source>--figure must be one of %1 or custom</source>
        <translation>--figure 값은 %1 또는 custom 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--dpi must be a number from 10 to 2400</source>
        <translation>--dpi 값은 10에서 2400 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>--size must be WxH in pixels or WxHmm in millimetres, e.g. 1920x1080 or 180x120mm</source>
        <translation>--size 값은 픽셀 단위 WxH 또는 밀리미터 단위 WxHmm여야 합니다 (예: 1920x1080 또는 180x120mm)</translation>
    </message>
    <message>
        <source>--size in pixels must be whole numbers</source>
        <translation>픽셀 단위 --size 값은 정수여야 합니다</translation>
    </message>
    <message>
        <source>--figure custom needs --size</source>
        <translation>--figure custom에는 --size가 필요합니다</translation>
    </message>
    <message>
        <source>--charts must be gpus, spending or none</source>
        <translation>--charts 값은 gpus, spending, none 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--theme must be one of %1</source>
        <translation>--theme 값은 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--lang must be en or ko</source>
        <translation>--lang 값은 en 또는 ko여야 합니다</translation>
    </message>
    <message>
        <source>unknown projection &quot;%1&quot;; use one of %2</source>
        <translation>알 수 없는 투영법 &quot;%1&quot;입니다. %2 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>--projection-centre must be lon,lat in degrees</source>
        <translation>--projection-centre 값은 도 단위 경도,위도여야 합니다</translation>
    </message>
    <message>
        <source>--extent must be xmin,ymin,xmax,ymax in projected metres, each max above its min</source>
        <translation>--extent 값은 투영 좌표 미터 단위의 xmin,ymin,xmax,ymax여야 하며, 각 max는 min보다 커야 합니다</translation>
    </message>
    <message>
        <source>--view must be one of %1 or west,south,east,north in degrees</source>
        <translation>--view 값은 %1 중 하나이거나 도 단위 서,남,동,북이어야 합니다</translation>
    </message>
    <message>
        <source>--measure must be gpus, mw or usd</source>
        <translation>--measure 값은 gpus, mw, usd 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--as-of must be a date, YYYY-MM-DD</source>
        <translation>--as-of 값은 YYYY-MM-DD 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <source>--highlight takes type:id items (company, site, investment, source, country), not &quot;%1&quot;</source>
        <translation>--highlight에는 &quot;%1&quot;이(가) 아니라 type:id 형식의 항목(company, site, investment, source, country)을 지정해야 합니다</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.png (or .jpg, .svg, .pdf)</source>
        <translation>-o OUT.png(또는 .jpg, .svg, .pdf)로 출력 파일을 지정하십시오</translation>
    </message>
    <message>
        <source>%1: unknown format; name the file .png, .jpg, .svg or .pdf</source>
        <translation>%1: 알 수 없는 형식입니다. 파일 이름이 .png, .jpg, .svg 또는 .pdf로 끝나야 합니다</translation>
    </message>
    <message>
        <source>--transparent: JPEG has no transparency; use PNG</source>
        <translation>--transparent: JPEG는 투명도를 지원하지 않습니다. PNG를 사용하십시오</translation>
    </message>
    <message>
        <source>export: draw the theme as seen with %1 (default normal), to check a figure for readers with a colour-vision deficiency.</source>
        <translation>export: %1 중 하나의 색각으로 보이는 대로 테마를 그립니다 (기본값 normal). 색각 이상이 있는 독자를 위해 그림을 점검할 때 사용합니다.</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>색각</translation>
    </message>
    <message>
        <source>unknown colour vision &quot;%1&quot;; --colour-vision must be one of %2</source>
        <translation>알 수 없는 색각 &quot;%1&quot;. --colour-vision 값은 %2 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>export: companies in the colour-blind-safe palette (palette, the default) or in the dataset&apos;s own colours (dataset).</source>
        <translation>export: 기업 색: 색각 이상 안전 팔레트(palette, 기본값) 또는 데이터셋 고유의 색(dataset).</translation>
    </message>
    <message>
        <source>--company-colours must be palette or dataset</source>
        <translation>--company-colours 값은 palette 또는 dataset이어야 합니다</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>색</translation>
    </message>
</context>
<context>
    <name>atlas::FigureChart</name>
    <message>
        <source>GPUs by company</source>
        <translation>기업별 GPU 수</translation>
    </message>
    <message>
        <source>Spending by lead investor (USD as stated)</source>
        <translation>주 투자자별 지출(명시된 미국 달러)</translation>
    </message>
    <message>
        <source>Nothing to show for this selection.</source>
        <translation>현재 선택에는 표시할 내용이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::FigureExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: export cancelled</source>
        <translation>%1: 내보내기가 취소되었습니다</translation>
    </message>
    <message>
        <source>%1: not enough memory for a strip of %2 × %3 pixels</source>
        <translation>%1: %2 × %3 픽셀 띠를 처리할 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>%1: not enough memory for an image of %2 × %3 pixels</source>
        <translation>%1: %2 × %3 픽셀 이미지를 만들 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>%1(으)로 제작</translation>
    </message>
    <message>
        <source>the figure is %1 × %2 pixels; each side must be at least 16</source>
        <translation>그림 크기가 %1 × %2 픽셀입니다. 각 변은 16 이상이어야 합니다</translation>
    </message>
    <message>
        <source>%1 dpi is out of range; use 10 to 2400</source>
        <translation>%1 dpi는 허용 범위를 벗어났습니다. 10에서 2400 사이로 지정하십시오</translation>
    </message>
    <message>
        <source>the figure is %1 × %2 pixels; the largest export is %3 pixels a side</source>
        <translation>그림 크기가 %1 × %2 픽셀입니다. 내보낼 수 있는 최대 크기는 한 변당 %3 픽셀입니다</translation>
    </message>
    <message>
        <source>a JPEG of %1 × %2 pixels is too large to encode in memory; export PNG instead</source>
        <translation>%1 × %2 픽셀 JPEG는 메모리에서 인코딩하기에 너무 큽니다. 대신 PNG로 내보내십시오</translation>
    </message>
    <message>
        <source>%1: unknown format; name the file .png, .jpg, .svg or .pdf</source>
        <translation>%1: 알 수 없는 형식입니다. 파일 이름을 .png, .jpg, .svg 또는 .pdf로 끝나게 지정하십시오</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to write</source>
        <translation>%1: 저장할 내용이 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot start a PDF</source>
        <translation>%1: PDF 작성을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Map of data-centre sites and investment flows. Sites: %1; flows: %2.</source>
        <translation>데이터센터 부지와 투자 흐름 지도. 부지: %1개, 흐름: %2개.</translation>
    </message>
</context>
<context>
    <name>atlas::FigurePreset</name>
    <message>
        <source>Map only, as in the window</source>
        <translation>지도만, 창에 보이는 그대로</translation>
    </message>
    <message>
        <source>A4 portrait report figure</source>
        <translation>A4 세로 보고서 그림</translation>
    </message>
    <message>
        <source>A4 landscape report figure</source>
        <translation>A4 가로 보고서 그림</translation>
    </message>
    <message>
        <source>16:9 slide, 1920 × 1080</source>
        <translation>16:9 슬라이드, 1920 × 1080</translation>
    </message>
    <message>
        <source>16:9 slide, 3840 × 2160</source>
        <translation>16:9 슬라이드, 3840 × 2160</translation>
    </message>
    <message>
        <source>Square, 1080 × 1080</source>
        <translation>정사각형, 1080 × 1080</translation>
    </message>
    <message>
        <source>A1 poster, portrait</source>
        <translation>A1 포스터, 세로</translation>
    </message>
</context>
<context>
    <name>atlas::FilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>텍스트로 필터…</translation>
    </message>
    <message>
        <source>Show only what mentions this text in a name, id, region or purpose (%1)</source>
        <translation>이름, id, 지역 또는 용도에 이 텍스트가 들어 있는 항목만 표시합니다(%1)</translation>
    </message>
    <message>
        <source>Show only what these companies invest in, operate or own</source>
        <translation>이 기업들이 투자하거나 운영하거나 소유한 항목만 표시합니다</translation>
    </message>
    <message>
        <source>Show only sites, investments and companies in these countries</source>
        <translation>이 국가들의 부지, 투자, 기업만 표시합니다</translation>
    </message>
    <message>
        <source>Show only sites with these statuses</source>
        <translation>이 상태의 부지만 표시합니다</translation>
    </message>
    <message>
        <source>Show only sites of these kinds</source>
        <translation>이 종류의 부지만 표시합니다</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Show only investments announced on or after this date (&quot;any&quot;: no limit)</source>
        <translation>이 날짜 또는 그 이후에 발표된 투자만 표시합니다(&quot;전체&quot;: 제한 없음)</translation>
    </message>
    <message>
        <source>Show only investments announced on or before this date (&quot;any&quot;: no limit)</source>
        <translation>이 날짜 또는 그 이전에 발표된 투자만 표시합니다(&quot;전체&quot;: 제한 없음)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Remove every filter and show everything</source>
        <translation>모든 필터를 제거하고 전체를 표시합니다</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>모든 기업</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>기업: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>국가: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>종류: %1</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>텍스트: “%1”</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <extracomment>A filter chip: the condition, then the sign that removes it.</extracomment>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>이 필터를 제거합니다</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>텍스트로 필터</translation>
    </message>
    <message>
        <source>Announced from</source>
        <translation>발표일 시작</translation>
    </message>
    <message>
        <source>Announced to</source>
        <translation>발표일 끝</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>필터 제거: %1</translation>
    </message>
</context>
<context>
    <name>atlas::Format</name>
    <message>
        <source>up to %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>최소 %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>(≈%1 as stated)</source>
        <translation>(명시된 값 ≈%1)</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Other source: %1</source>
        <translation>다른 출처: %1</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>아랍에미리트</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>호주</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>벨기에</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>브라질</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>캐나다</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>스위스</translation>
    </message>
    <message>
        <source>China</source>
        <translation>중국</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>독일</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>덴마크</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>스페인</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>핀란드</translation>
    </message>
    <message>
        <source>France</source>
        <translation>프랑스</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>영국</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>아일랜드</translation>
    </message>
    <message>
        <source>India</source>
        <translation>인도</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>아이슬란드</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>이탈리아</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>일본</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>대한민국</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>말레이시아</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>네덜란드</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>노르웨이</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>폴란드</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>포르투갈</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>카타르</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>사우디아라비아</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>스웨덴</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>싱가포르</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>대만</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>미국</translation>
    </message>
</context>
<context>
    <name>atlas::GpusByCompanyModel</name>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>%1 GPUs %2</source>
        <translation>GPU %1개 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) with no stated count</source>
        <translation>
            <numerusform>GPU 수가 명시되지 않은 배치 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::Handout</name>
    <message>
        <source>the dataset has no scenes</source>
        <translation>데이터셋에 장면이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scene number or range from 1 to %2</source>
        <translation>&quot;%1&quot;은(는) 1에서 %2 사이의 장면 번호나 범위가 아닙니다</translation>
    </message>
    <message>
        <source>no scenes chosen; use all, or numbers such as 1,3-5</source>
        <translation>선택된 장면이 없습니다. all 또는 1,3-5와 같은 번호를 사용하십시오</translation>
    </message>
    <message>
        <source>%1: unknown format; name the file .pdf, .png, .jpg or .svg</source>
        <translation>%1: 알 수 없는 형식입니다. 파일 이름을 .pdf, .png, .jpg 또는 .svg로 끝나게 지정하십시오</translation>
    </message>
    <message>
        <source>%1: there are no scenes to write</source>
        <translation>%1: 저장할 장면이 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Handout: %1 scenes</source>
        <translation>유인물: 장면 %1개</translation>
    </message>
</context>
<context>
    <name>atlas::ImportDialog</name>
    <message>
        <source>Import Sites or Investments</source>
        <translation>부지 또는 투자 가져오기</translation>
    </message>
    <message>
        <source>&amp;Add to Dataset</source>
        <translation>데이터셋에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Close the dialog and add the imported rows to the dataset (one undoable step)</source>
        <translation>대화 상자를 닫고 가져온 행을 데이터셋에 추가합니다(한 번에 실행 취소할 수 있습니다)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>A file GDAL reads (CSV, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf…), or a PostgreSQL connection string such as PG:host=localhost dbname=atlas</source>
        <translation>GDAL이 읽을 수 있는 파일(CSV, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf…) 또는 PG:host=localhost dbname=atlas 같은 PostgreSQL 연결 문자열</translation>
    </message>
    <message>
        <source>A file, or PG:host=… dbname=… for PostgreSQL</source>
        <translation>파일, 또는 PostgreSQL이면 PG:host=… dbname=…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>원본(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>가져올 파일을 선택합니다</translation>
    </message>
    <message>
        <source>The layer (or table) of the source to import</source>
        <translation>가져올 원본의 레이어(또는 테이블)</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>레이어(&amp;L):</translation>
    </message>
    <message>
        <source>What each row of the layer becomes in the dataset</source>
        <translation>레이어의 각 행을 데이터셋에서 무엇으로 가져올지 정합니다</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>부지</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>가져올 항목(&amp;A):</translation>
    </message>
    <message>
        <source>The web address the file came from; the source the imported rows cite gets it</source>
        <translation>파일을 받은 웹 주소입니다. 가져온 행이 인용하는 출처에 이 주소가 기록됩니다</translation>
    </message>
    <message>
        <source>https://… where the data was published</source>
        <translation>https://… 데이터가 게시된 주소</translation>
    </message>
    <message>
        <source>Found &amp;at:</source>
        <translation>출처 주소(&amp;A):</translation>
    </message>
    <message>
        <source>Preview: the first %1 rows</source>
        <translation>미리 보기: 처음 %1개 행</translation>
    </message>
    <message>
        <source>The first rows of the layer as read; the column mapped to the selected field is highlighted</source>
        <translation>읽어 들인 레이어의 처음 몇 행입니다. 선택한 필드에 매핑된 열이 강조 표시됩니다</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Read every row of the layer with this mapping; nothing is added until you choose Add to Dataset</source>
        <translation>이 매핑으로 레이어의 모든 행을 읽습니다. ‘데이터셋에 추가’를 누르기 전까지는 아무것도 추가되지 않습니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>가져오기를 중지합니다</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the summary and every skipped row to the clipboard</source>
        <translation>요약과 건너뛴 모든 행을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>The rows that were not imported, and why</source>
        <translation>가져오지 못한 행과 그 이유</translation>
    </message>
    <message>
        <source>After an import, the rows that were skipped are listed here.</source>
        <translation>가져오기를 마치면 건너뛴 행이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Vector data (*.csv *.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb)</source>
        <translation>벡터 데이터 (*.csv *.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Shapefile (*.shp)</source>
        <translation>Shapefile (*.shp)</translation>
    </message>
    <message>
        <source>KML (*.kml *.kmz)</source>
        <translation>KML (*.kml *.kmz)</translation>
    </message>
    <message>
        <source>FlatGeobuf (*.fgb)</source>
        <translation>FlatGeobuf (*.fgb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, %2번째 줄</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a file, or type a connection string.</source>
        <translation>파일을 선택하거나 연결 문자열을 입력하십시오.</translation>
    </message>
    <message>
        <source>No geometry column: positions come from the mapped columns</source>
        <translation>지오메트리 열 없음: 매핑된 열에서 위치를 가져옵니다</translation>
    </message>
    <message>
        <source>No coordinate system given: WGS 84 assumed</source>
        <translation>좌표계 지정 없음: WGS 84로 간주합니다</translation>
    </message>
    <message>
        <source>%1 (WGS 84)</source>
        <translation>%1 (WGS 84)</translation>
    </message>
    <message>
        <source>%1 → reprojected to WGS 84</source>
        <translation>%1 → WGS 84로 재투영</translation>
    </message>
    <message>
        <source>feature count known after the import</source>
        <translation>피처 수는 가져온 뒤에 알 수 있음</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>피처 1개</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>피처 %1개</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>레이어 %1개</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>Fills %1</source>
        <translation>채울 필드: %1</translation>
    </message>
    <message>
        <source>%1 and %2 together</source>
        <translation>%1과(와) %2 모두</translation>
    </message>
    <message>
        <source>a position: %1 and %2, or %3</source>
        <translation>위치: %1과(와) %2, 또는 %3</translation>
    </message>
    <message>
        <source>a target: %1 or %2</source>
        <translation>대상: %1 또는 %2</translation>
    </message>
    <message>
        <source>* required. Select a field to highlight its column in the preview.</source>
        <translation>* 필수. 필드를 선택하면 미리 보기에서 해당 열이 강조 표시됩니다.</translation>
    </message>
    <message>
        <source>Not mapped yet: %1.</source>
        <translation>아직 매핑되지 않음: %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2행 중 %1행</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>Importing %1: %2 rows read…</source>
        <translation>%1 가져오는 중: %2행 읽음…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1행 읽음</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>피처 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>원본: %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>아직 가져온 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled after %2 rows; nothing will be added.</source>
        <translation>%1 가져오기를 %2행을 읽은 뒤 취소했습니다. 아무것도 추가되지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing could be imported from %1.</source>
        <translation>%1에서 아무것도 가져오지 못했습니다.</translation>
    </message>
    <message>
        <source>Read %1 rows from %2: %3 imported, %4 skipped.</source>
        <translation>%2에서 %1행을 읽었습니다: %3행 가져옴, %4행 건너뜀.</translation>
    </message>
    <message>
        <source>The mapping changed since; import again to add these rows.</source>
        <translation>그 뒤로 매핑이 바뀌었습니다. 이 행들을 추가하려면 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>… and %1 more (Copy Report has them all)</source>
        <translation>… 외 %1개 (‘보고서 복사’로 모두 복사할 수 있습니다)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
</context>
<context>
    <name>atlas::ImportMappingTable</name>
    <message>
        <source>Which source column fills each dataset field; * marks the required ones</source>
        <translation>각 데이터셋 필드를 채울 원본 열입니다. *는 필수 필드를 나타냅니다.</translation>
    </message>
    <message>
        <source>Dataset field</source>
        <translation>데이터셋 필드</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>원본 열</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>경도</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>위도</translation>
    </message>
    <message>
        <source>Geometry (WKT)</source>
        <translation>도형(WKT)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 모델</translation>
    </message>
    <message>
        <source>Capacity (MW)</source>
        <translation>용량(MW)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Amount in USD</source>
        <translation>미국 달러 금액</translation>
    </message>
    <message>
        <source>Target site</source>
        <translation>대상 부지</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>대상 국가</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;): required; rows without it are not imported</source>
        <translation>%1 (&quot;%2&quot;): 필수입니다. 이 값이 없는 행은 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The source column that fills %1</source>
        <translation>%1을(를) 채울 원본 열입니다.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>Source column for %1</source>
        <translation>%1의 원본 열</translation>
    </message>
</context>
<context>
    <name>atlas::InvestmentTableModel</name>
    <message>
        <source>Investors</source>
        <translation>투자자</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>USD (as stated)</source>
        <translation>명시된 미국 달러</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>유의 사항</translation>
    </message>
    <message>
        <source>No amount disclosed</source>
        <translation>금액이 공개되지 않았습니다</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>공개되지 않음</translation>
    </message>
    <message>
        <source>No source states a USD equivalent</source>
        <translation>미국 달러 환산액을 명시한 출처가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of investment; use one of: %2</source>
        <translation>&quot;%1&quot;은(는) 투자 종류가 아닙니다. 다음 중 하나를 사용하십시오: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; type a number in full units, e.g. 1500000000</source>
        <translation>&quot;%1&quot;은(는) 금액이 아닙니다. 단위를 줄이지 않은 전체 숫자를 입력하십시오(예: 1500000000)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use 2025, 2025-Q3, 2025-09 or 2025-09-16</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다. 2025, 2025-Q3, 2025-09 또는 2025-09-16 형식을 사용하십시오</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>&amp;Sites</source>
        <translation>부지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Investments</source>
        <translation>투자(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>기업(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>출처(&amp;O)</translation>
    </message>
    <message>
        <source>Data-centre sites, growth zones and AI factories</source>
        <translation>데이터센터 부지, AI 성장 구역, AI 팩토리</translation>
    </message>
    <message>
        <source>Investments with amounts as the sources state them</source>
        <translation>출처에 명시된 금액 그대로의 투자</translation>
    </message>
    <message>
        <source>Companies and their headquarters</source>
        <translation>기업과 본사</translation>
    </message>
    <message>
        <source>Every page the figures come from</source>
        <translation>수치의 근거가 된 모든 페이지</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>Sites per country</source>
        <translation>국가별 부지</translation>
    </message>
    <message>
        <source>GPUs by company</source>
        <translation>기업별 GPU 수</translation>
    </message>
    <message>
        <source>Spending by lead investor (USD as stated)</source>
        <translation>주 투자자별 지출(명시된 미국 달러)</translation>
    </message>
    <message>
        <source>Sites by country</source>
        <translation>국가별 부지 수</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Spending by company</source>
        <translation>기업별 지출</translation>
    </message>
    <message>
        <source>USD as the sources state it, attributed to the lead investor</source>
        <translation>출처에 명시된 미국 달러 금액을 주 투자자 기준으로 집계합니다.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>장면</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Compute Atlas dataset (.json)</source>
        <translation>Compute Atlas 데이터셋(.json)을 엽니다.</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>기본 제공 데이터셋 열기(&amp;B)</translation>
    </message>
    <message>
        <source>Open the US–UK Tech Prosperity Deal dataset that ships with Compute Atlas</source>
        <translation>Compute Atlas에 포함된 미국–영국 기술 번영 협정(Tech Prosperity Deal) 데이터셋을 엽니다.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the dataset with its scenes</source>
        <translation>데이터셋을 장면과 함께 저장합니다.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the dataset with its scenes to another file</source>
        <translation>데이터셋을 장면과 함께 다른 파일에 저장합니다.</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>그림 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the map as a report figure: PNG, JPEG, SVG or PDF</source>
        <translation>지도를 보고서용 그림(PNG, JPEG, SVG 또는 PDF)으로 내보냅니다.</translation>
    </message>
    <message>
        <source>Export a figure (%1)</source>
        <translation>그림 내보내기(%1)</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>유인물 내보내기(&amp;H)…</translation>
    </message>
    <message>
        <source>Export the scenes as a handout: a PDF page or an image per scene</source>
        <translation>장면을 유인물로 내보냅니다(장면마다 PDF 한 페이지 또는 이미지 한 장).</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>선택 해제(&amp;S)</translation>
    </message>
    <message>
        <source>Deselect everything in every view</source>
        <translation>모든 보기에서 선택을 모두 해제합니다.</translation>
    </message>
    <message>
        <source>Copy &amp;Map as Image</source>
        <translation>지도를 이미지로 복사(&amp;M)</translation>
    </message>
    <message>
        <source>Copied the map to the clipboard</source>
        <translation>지도를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Copy the map as the window shows it to the clipboard, as an image</source>
        <translation>창에 보이는 그대로 지도를 이미지로 클립보드에 복사합니다.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter every view by text</source>
        <translation>모든 보기를 텍스트로 필터링합니다.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>레이아웃 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it starts</source>
        <translation>모든 패널을 처음 위치로 되돌립니다.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>발표(&amp;P)</translation>
    </message>
    <message>
        <source>Present from the &amp;Beginning</source>
        <translation>처음부터 발표(&amp;B)</translation>
    </message>
    <message>
        <source>Show the dataset&apos;s scenes full screen, from the first</source>
        <translation>데이터셋의 장면을 첫 장면부터 전체 화면으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Present from the &amp;Current Scene</source>
        <translation>현재 장면부터 발표(&amp;C)</translation>
    </message>
    <message>
        <source>Show the scenes full screen, from the one selected in the Scenes panel</source>
        <translation>장면 패널에서 선택한 장면부터 전체 화면으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Compute Atlas</source>
        <translation>Compute Atlas 정보(&amp;A)</translation>
    </message>
    <message>
        <source>This dataset has no scenes to present</source>
        <translation>이 데이터셋에는 발표할 장면이 없습니다</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>투영법(&amp;P)</translation>
    </message>
    <message>
        <source>Map projection</source>
        <translation>지도 투영법</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>지역으로 이동(&amp;G)</translation>
    </message>
    <message>
        <source>Jump to a region</source>
        <translation>지역으로 이동합니다</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>지역으로 이동…</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>선택 항목으로 확대(&amp;Z)</translation>
    </message>
    <message>
        <source>Show everything selected, in any view, on the map</source>
        <translation>어느 보기에서 선택했든 선택한 항목을 모두 지도에 표시합니다.</translation>
    </message>
    <message>
        <source>Site &amp;Size</source>
        <translation>부지 기호 크기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>기록(&amp;H)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열린 상태&gt;</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <source>Compute Atlas datasets (*.json);;All files (*)</source>
        <translation>Compute Atlas 데이터셋 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>%1을(를) 열었습니다(경고 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1. The dataset shown before is still open.</source>
        <translation>%1을(를) 읽을 수 없습니다. 이전에 표시하던 데이터셋이 그대로 열려 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid dataset (%n error(s)). Nothing was changed; the dataset shown before is still open.</source>
        <translation>
            <numerusform>%1은(는) 유효한 데이터셋이 아닙니다(오류 %n개). 아무것도 변경하지 않았으며, 이전에 표시하던 데이터셋이 그대로 열려 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute Atlas</source>
        <translation>Compute Atlas</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Compute Atlas</source>
        <translation>%1[*] — %2 — Compute Atlas</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The scenes of %1 have changed. Save the changes?</source>
        <translation>%1의 장면이 변경되었습니다. 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save Dataset As</source>
        <translation>다른 이름으로 데이터셋 저장</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>다른 이름으로 저장</translation>
    </message>
    <message>
        <source>%1 was not saved: no dataset is open</source>
        <translation>%1을(를) 저장하지 않았습니다: 열린 데이터셋이 없습니다</translation>
    </message>
    <message>
        <source>%1 was not saved: the dataset would not open again.

%2</source>
        <translation>%1을(를) 저장하지 않았습니다: 저장하면 데이터셋을 다시 열 수 없게 됩니다.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Sites: %1 · Investments: %2 · Companies: %3</source>
        <translation>부지: %1 · 투자: %2 · 기업: %3</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <source>About Compute Atlas</source>
        <translation>Compute Atlas 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Compute Atlas %1&lt;/h3&gt;&lt;p&gt;The geopolitics of AI infrastructure on a map: data-centre sites, investment flows, GPU counts and spending, every figure with its source.&lt;/p&gt;&lt;p&gt;Basemap made with Natural Earth.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Compute Atlas %1&lt;/h3&gt;&lt;p&gt;지도로 보는 AI 인프라의 지정학: 데이터센터 부지, 투자 흐름, GPU 수와 지출을 모든 수치의 출처와 함께 보여 줍니다.&lt;/p&gt;&lt;p&gt;기본 지도는 Natural Earth 데이터로 만들었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: unknown page &quot;%2&quot;</source>
        <translation>%1: 알 수 없는 페이지 형식 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>유인물 내보내기</translation>
    </message>
    <message>
        <source>This dataset has no scenes to make a handout of.</source>
        <translation>이 데이터셋에는 유인물로 만들 장면이 없습니다.</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 가로</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 세로</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>16:9 슬라이드</translation>
    </message>
    <message>
        <source>Include &amp;presenter notes</source>
        <translation>발표자 메모 포함(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>페이지(&amp;P):</translation>
    </message>
    <message>
        <source>PDF, a page per scene (*.pdf)</source>
        <translation>PDF, 장면마다 한 페이지 (*.pdf)</translation>
    </message>
    <message>
        <source>handout.pdf</source>
        <translation>유인물.pdf</translation>
    </message>
    <message>
        <source>PNG images, one per scene (*.png)</source>
        <translation>PNG 이미지, 장면마다 한 장 (*.png)</translation>
    </message>
    <message>
        <source>Writing the handout (scenes: %1)…</source>
        <translation>유인물 작성 중(장면 %1개)…</translation>
    </message>
    <message>
        <source>Handout export cancelled</source>
        <translation>유인물 내보내기를 취소했습니다</translation>
    </message>
    <message>
        <source>The handout could not be written.

%1</source>
        <translation>유인물을 쓸 수 없습니다.

%1</translation>
    </message>
    <message>
        <source>Wrote the handout (scenes: %1): %2</source>
        <translation>유인물을 저장했습니다(장면 %1개): %2</translation>
    </message>
    <message>
        <source>More in %1</source>
        <translation>%1 더 보기</translation>
    </message>
    <message>
        <source>Data tables</source>
        <translation>데이터 표</translation>
    </message>
    <message>
        <source>Totals tables</source>
        <translation>합계 표</translation>
    </message>
    <message>
        <source>The charts&apos; figures as tables: GPUs and spending by company, sites by country</source>
        <translation>차트 수치를 나타낸 표: 기업별 GPU 수와 지출, 국가별 부지 수</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>List every key and shortcut the application understands</source>
        <translation>프로그램에서 사용할 수 있는 모든 키와 단축키를 나열합니다.</translation>
    </message>
    <message>
        <source>Go to region</source>
        <translation>지역으로 이동</translation>
    </message>
    <message>
        <source>&amp;Next Site</source>
        <translation>다음 부지(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next site on the map, west to east, and describe it</source>
        <translation>지도에서 서쪽에서 동쪽 순으로 다음 부지를 선택하고 설명합니다.</translation>
    </message>
    <message>
        <source>P&amp;revious Site</source>
        <translation>이전 부지(&amp;R)</translation>
    </message>
    <message>
        <source>Select the previous site on the map and describe it</source>
        <translation>지도에서 이전 부지를 선택하고 설명합니다.</translation>
    </message>
    <message>
        <source>Map as &amp;Table</source>
        <translation>지도를 표로 보기(&amp;T)</translation>
    </message>
    <message>
        <source>Show and focus the sites table, the map&apos;s content as a table</source>
        <translation>지도 내용을 표로 나타낸 부지 표를 표시하고 포커스를 옮깁니다.</translation>
    </message>
    <message>
        <source>Charts as Ta&amp;bles</source>
        <translation>차트를 표로 보기(&amp;B)</translation>
    </message>
    <message>
        <source>Show and focus the totals tables, the charts&apos; figures as tables</source>
        <translation>차트 수치를 표로 나타낸 합계 표를 표시하고 포커스를 옮깁니다.</translation>
    </message>
</context>
<context>
    <name>atlas::MapExport</name>
    <message>
        <source>%1: cannot make an image of %2 × %3 pixels (not enough memory?)</source>
        <translation>%1: %2 × %3 픽셀 이미지를 만들 수 없습니다(메모리가 부족할 수 있습니다)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>atlas::MapLegend</name>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Site size: %1</source>
        <translation>부지 크기: %1</translation>
    </message>
    <message>
        <source>Flows: USD as stated</source>
        <translation>흐름: 명시된 미국 달러</translation>
    </message>
    <message>
        <source>no USD amount stated</source>
        <translation>명시된 미국 달러 금액 없음</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>투자자</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1개</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
</context>
<context>
    <name>atlas::MapScene</name>
    <message>
        <source>Capacity: %1</source>
        <translation>용량: %1</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>count not stated %1</source>
        <translation>수량 명시되지 않음 %1</translation>
    </message>
    <message>
        <source>GPUs: %1 %2</source>
        <translation>GPU: %1 %2</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>위치: %1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <source>Capacity (MW)</source>
        <translation>용량(MW)</translation>
    </message>
    <message>
        <source>Investment (USD as stated)</source>
        <translation>투자(명시된 미국 달러)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No amount disclosed</source>
        <translation>금액 공개되지 않음</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>&amp;Centre Projection Here</source>
        <translation>여기를 투영 중심으로(&amp;C)</translation>
    </message>
    <message>
        <source>Make this point the projection&apos;s centre (its central meridian, and for the globe and the azimuthal map also its centre latitude)</source>
        <translation>이 지점을 투영법의 중심으로 삼습니다(중앙 자오선으로 삼으며, 지구본과 방위도법 지도에서는 중심 위도로도 삼습니다).</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>선택 항목에 맞춰 확대(&amp;Z)</translation>
    </message>
    <message>
        <source>Show the Whole &amp;World</source>
        <translation>전 세계 보기(&amp;W)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) shown</source>
        <translation>
            <numerusform>부지 %n개 표시됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n investment flow(s) shown</source>
        <translation>
            <numerusform>투자 흐름 %n개 표시됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>항목 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Press N for the next site and Shift+N for the previous one</source>
        <translation>N 키를 누르면 다음 부지, Shift+N을 누르면 이전 부지로 이동합니다</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Operated by %1</source>
        <translation>운영사: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>용량: %1</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>count not stated %1</source>
        <translation>수가 명시되지 않음 %1</translation>
    </message>
    <message>
        <source>GPUs: %1 %2</source>
        <translation>GPU: %1 %2</translation>
    </message>
    <message>
        <source>Investment: %1</source>
        <translation>투자: %1</translation>
    </message>
    <message>
        <source>Investment: amount not disclosed %1</source>
        <translation>투자: 금액 공개되지 않음 %1</translation>
    </message>
    <message>
        <source>Site %1 of %2, west to east</source>
        <translation>서쪽에서 동쪽 순으로 %2개 중 %1번째 부지</translation>
    </message>
</context>
<context>
    <name>atlas::PresentationView</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>→  ↓  Space  Page Down  Enter</source>
        <translation>→  ↓  Space  Page Down  Enter</translation>
    </message>
    <message>
        <source>Next scene</source>
        <translation>다음 장면</translation>
    </message>
    <message>
        <source>←  ↑  Backspace  Page Up</source>
        <translation>←  ↑  Backspace  Page Up</translation>
    </message>
    <message>
        <source>Previous scene</source>
        <translation>이전 장면</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>번호 입력 후 Enter</translation>
    </message>
    <message>
        <source>Go to that scene</source>
        <translation>해당 장면으로 이동</translation>
    </message>
    <message>
        <source>Home  /  End</source>
        <translation>Home  /  End</translation>
    </message>
    <message>
        <source>First / last scene</source>
        <translation>첫 장면 / 마지막 장면</translation>
    </message>
    <message>
        <source>Left / right click</source>
        <translation>왼쪽 / 오른쪽 클릭</translation>
    </message>
    <message>
        <source>Next / previous scene</source>
        <translation>다음 / 이전 장면</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  또는  .</translation>
    </message>
    <message>
        <source>Black screen; any key brings it back</source>
        <translation>검은 화면(아무 키나 누르면 돌아옴)</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>레이저 포인터</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>스포트라이트</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>돋보기</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Dark room colours</source>
        <translation>어두운 실내용 색</translation>
    </message>
    <message>
        <source>?  H  F1</source>
        <translation>?  H  F1</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>이 도움말 표시/숨기기</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Put the pointer away, or leave the presentation</source>
        <translation>포인터 치우기 또는 발표 끝내기</translation>
    </message>
    <message>
        <source>Presentation: %1</source>
        <translation>발표: %1</translation>
    </message>
    <message>
        <source>This dataset has no scenes to present.</source>
        <translation>이 데이터셋에는 발표할 장면이 없습니다.</translation>
    </message>
    <message>
        <source>Go to scene %1…</source>
        <translation>%1번 장면으로 이동…</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>발표 단축키</translation>
    </message>
    <message>
        <source>There is no scene %1; the scenes are numbered 1 to %2.</source>
        <translation>%1번 장면은 없습니다. 장면 번호는 1부터 %2까지입니다.</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Scene %1 of %2: %3. %4</source>
        <translation>전체 %2개 중 %1번째 장면: %3. %4</translation>
    </message>
</context>
<context>
    <name>atlas::PresenterView</name>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>발표자 보기</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>End of presentation</source>
        <translation>발표 끝</translation>
    </message>
</context>
<context>
    <name>atlas::Projection</name>
    <message>
        <source>Equal Earth</source>
        <translation>Equal Earth</translation>
    </message>
    <message>
        <source>Robinson</source>
        <translation>로빈슨</translation>
    </message>
    <message>
        <source>Natural Earth</source>
        <translation>Natural Earth</translation>
    </message>
    <message>
        <source>Web Mercator</source>
        <translation>웹 메르카토르</translation>
    </message>
    <message>
        <source>Globe (orthographic)</source>
        <translation>지구본(정사 투영)</translation>
    </message>
    <message>
        <source>Lambert azimuthal equal-area</source>
        <translation>람베르트 방위 정적</translation>
    </message>
    <message>
        <source>PROJ does not accept &quot;%1&quot;</source>
        <translation>PROJ가 &quot;%1&quot;을(를) 받아들이지 않습니다</translation>
    </message>
    <message>
        <source>PROJ cannot transform to &quot;%1&quot;</source>
        <translation>PROJ가 &quot;%1&quot;(으)로 변환할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>atlas::RecoveryController</name>
    <message>
        <source>an untitled dataset</source>
        <translation>제목 없는 데이터셋</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>저장하지 않은 변경 내용 복구</translation>
    </message>
    <message>
        <source>Compute Atlas closed without saving your changes to %1 (autosaved at %2). Restore them?</source>
        <translation>Compute Atlas가 %1의 변경 내용을 저장하지 않은 채 종료되었습니다(%2에 자동 저장됨). 복구하시겠습니까?</translation>
    </message>
    <message>
        <source>Restore opens them as unsaved changes: %1 itself is only written when you save. Later keeps them for the next start.</source>
        <translation>복구하면 변경 내용을 저장하지 않은 상태로 엽니다. 원본 파일(%1)은 저장할 때만 기록됩니다. 나중에를 누르면 다음 시작 때까지 보관합니다.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The autosaved changes to %1 could not be read. They are kept in %2.</source>
        <translation>%1의 자동 저장된 변경 내용을 읽을 수 없습니다. 변경 내용은 %2에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>recovered-%1.json</source>
        <translation>recovered-%1.json</translation>
    </message>
    <message>
        <source>Restored the unsaved changes to %1</source>
        <translation>%1의 저장하지 않은 변경 내용을 복구했습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::SceneEditor</name>
    <message>
        <source>Scenes</source>
        <translation>장면</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Only the presenter sees these</source>
        <translation>발표자에게만 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>설명문(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>GPUs by company</source>
        <translation>기업별 GPU</translation>
    </message>
    <message>
        <source>Spending by company</source>
        <translation>기업별 지출</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>차트(&amp;H):</translation>
    </message>
    <message>
        <source>Camera &amp;&amp; Chart</source>
        <translation>카메라 &amp;&amp; 차트</translation>
    </message>
    <message>
        <source>&amp;Capture View</source>
        <translation>보기 영역 캡처(&amp;C)</translation>
    </message>
    <message>
        <source>Add a scene of what the map shows now, after the selected scene</source>
        <translation>지도에 지금 표시된 내용으로 선택한 장면 뒤에 장면을 추가합니다</translation>
    </message>
    <message>
        <source>Add a scene of the current view, filter and selection</source>
        <translation>현재 보기 영역, 필터, 선택으로 장면을 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Update Camera</source>
        <translation>카메라 갱신(&amp;U)</translation>
    </message>
    <message>
        <source>Give the selected scene the map&apos;s current view, filter and selection; its words stay</source>
        <translation>선택한 장면에 지도의 현재 보기 영역, 필터, 선택을 적용합니다. 텍스트는 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected scene</source>
        <translation>선택한 장면을 삭제합니다</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Present from Here</source>
        <translation>여기부터 발표(&amp;P)</translation>
    </message>
    <message>
        <source>Present the scenes, starting with the selected one</source>
        <translation>선택한 장면부터 발표합니다</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>장면 %1</translation>
    </message>
    <message>
        <source>Capture “%1”</source>
        <translation>“%1” 캡처</translation>
    </message>
    <message>
        <source>Update camera of “%1”</source>
        <translation>“%1”의 카메라 갱신</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>“%1” 이동</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Korean title</source>
        <translation>한국어 제목</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>설명문</translation>
    </message>
    <message>
        <source>Korean caption</source>
        <translation>한국어 설명문</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Korean notes</source>
        <translation>한국어 메모</translation>
    </message>
    <message>
        <source>Edit %1 of scene %2</source>
        <translation>장면 %2의 %1 편집</translation>
    </message>
    <message>
        <source>Change chart of scene %1</source>
        <translation>장면 %1의 차트 변경</translation>
    </message>
    <message>
        <source>Camera: %1 · the whole world</source>
        <translation>카메라: %1 · 전 세계</translation>
    </message>
    <message>
        <source>Camera: %1 · %2°, %3° · %4 km high</source>
        <translation>카메라: %1 · %2°, %3° · 고도 %4 km</translation>
    </message>
    <message>
        <source>companies: %1</source>
        <translation>기업: %1</translation>
    </message>
    <message>
        <source>countries: %1</source>
        <translation>국가: %1</translation>
    </message>
    <message>
        <source>statuses: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>종류: %1</translation>
    </message>
    <message>
        <source>announced %1 – %2</source>
        <translation>발표일 %1 – %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>텍스트 “%1”</translation>
    </message>
    <message>
        <source>Filter: none</source>
        <translation>필터: 없음</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>필터: %1</translation>
    </message>
    <message>
        <source>Highlights: %1 · Annotations: %2</source>
        <translation>강조: %1 · 주석: %2</translation>
    </message>
    <message>
        <source>Scene texts and chart</source>
        <translation>장면 텍스트와 차트</translation>
    </message>
</context>
<context>
    <name>atlas::SceneListModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>atlas::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>An action or a key, e.g. “save” or “Ctrl”</source>
        <translation>동작 또는 키(예: “저장” 또는 “Ctrl”)</translation>
    </message>
    <message>
        <source>Show only the keys whose action, key or group contains this text</source>
        <translation>동작, 키 또는 그룹에 이 텍스트가 들어 있는 키만 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>필터(&amp;F):</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키 목록</translation>
    </message>
    <message>
        <source>Grouped by menu or view; each row is an action and its keys</source>
        <translation>메뉴 또는 보기별로 묶여 있으며, 각 행은 동작과 해당 키입니다</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>목록 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the list as shown to the clipboard, as text (%1)</source>
        <translation>표시된 목록을 텍스트로 클립보드에 복사합니다(%1).</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>화살표 키</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>다음 / 이전 컨트롤</translation>
    </message>
    <message>
        <source>Press the focused button, tick the focused box</source>
        <translation>포커스된 버튼 누르기, 포커스된 확인란 선택</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>지도 이동</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>확대 / 축소</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>전 세계 보기</translation>
    </message>
    <message>
        <source>Select the next site, west to east</source>
        <translation>다음 부지 선택(서쪽에서 동쪽 순)</translation>
    </message>
    <message>
        <source>Select the previous site</source>
        <translation>이전 부지 선택</translation>
    </message>
    <message>
        <source>Select the first / last site</source>
        <translation>첫 부지 / 마지막 부지 선택</translation>
    </message>
    <message>
        <source>Show the selected site&apos;s details</source>
        <translation>선택한 부지의 세부 정보 표시</translation>
    </message>
    <message>
        <source>Cancel moving a site</source>
        <translation>부지 이동 취소</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>행 사이 이동</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation>여러 행 선택</translation>
    </message>
    <message>
        <source>Shift+arrow keys, %1</source>
        <translation>Shift+화살표 키, %1</translation>
    </message>
    <message>
        <source>Edit the current cell, where it can be edited</source>
        <translation>현재 셀 편집(편집 가능한 경우)</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>선택한 행을 텍스트로 복사</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Select the company of the bar above / below</source>
        <translation>위 / 아래 막대의 기업 선택</translation>
    </message>
    <message>
        <source>Select the first / last bar</source>
        <translation>첫 막대 / 마지막 막대 선택</translation>
    </message>
    <message>
        <source>Add or remove the bar&apos;s company in the selection</source>
        <translation>막대의 기업을 선택에 추가 또는 선택에서 제거</translation>
    </message>
    <message>
        <source>Show the chart as a table, and back</source>
        <translation>차트와 표 간 전환</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Move the “as of” date by a day</source>
        <translation>기준일을 하루씩 이동</translation>
    </message>
    <message>
        <source>Move the “as of” date by 30 days</source>
        <translation>기준일을 30일씩 이동</translation>
    </message>
    <message>
        <source>First date / all dates</source>
        <translation>첫 날짜 / 전체 기간</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
</context>
<context>
    <name>atlas::SiteTableModel</name>
    <message>
        <source>Site</source>
        <translation>부지</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Capacity (MW)</source>
        <translation>용량 (MW)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(%1 기준)</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>count not stated %1</source>
        <translation>수가 명시되지 않음 %1</translation>
    </message>
    <message>
        <source>%1, %2 (lon, lat)</source>
        <translation>%1, %2 (경도, 위도)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of site; use one of: %2</source>
        <translation>&quot;%1&quot;은(는) 부지 종류가 아닙니다. 다음 중 하나를 사용하십시오: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of: %2</source>
        <translation>&quot;%1&quot;은(는) 상태가 아닙니다. 다음 중 하나를 사용하십시오: %2</translation>
    </message>
</context>
<context>
    <name>atlas::SitesByCountryModel</name>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>부지 수</translation>
    </message>
</context>
<context>
    <name>atlas::SourceTableModel</name>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>%1
Flagged as a low-reliability source</source>
        <translation>%1
신뢰도가 낮은 출처로 표시됨</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use 2025, 2025-Q3, 2025-09 or 2025-09-16</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다. 2025, 2025-Q3, 2025-09, 2025-09-16 형식을 사용하십시오</translation>
    </message>
</context>
<context>
    <name>atlas::SpendingByCompanyModel</name>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>USD (as stated)</source>
        <translation>명시된 미국 달러</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>투자 건수</translation>
    </message>
    <message>
        <source>Other amounts</source>
        <translation>기타 금액</translation>
    </message>
    <message>
        <source>%1 as stated by the sources %2</source>
        <translation>출처에 명시된 %1 %2</translation>
    </message>
</context>
<context>
    <name>atlas::StreetMapDock</name>
    <message>
        <source>Street Map</source>
        <translation>거리 지도</translation>
    </message>
    <message>
        <source>Show the sites and flows on a tiled street map</source>
        <translation>타일 거리 지도에 부지와 투자 흐름을 표시합니다</translation>
    </message>
    <message>
        <source>Show on &amp;Street Map</source>
        <translation>거리 지도에 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Open the street map close up on this</source>
        <translation>이 항목을 중심으로 거리 지도를 확대해 엽니다</translation>
    </message>
</context>
<context>
    <name>atlas::StreetMapView</name>
    <message>
        <source>Basemap tiles (offline)</source>
        <translation>기본 지도 타일 (오프라인)</translation>
    </message>
    <message>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (온라인)</translation>
    </message>
    <message>
        <source>Where the map&apos;s tiles come from: drawn here from the bundled basemap, with no network; or OpenStreetMap&apos;s tile servers, for streets and buildings</source>
        <translation>지도 타일을 가져올 곳: 내장 기본 지도로 네트워크 없이 여기서 그리거나, 거리와 건물이 필요하면 OpenStreetMap 타일 서버를 사용합니다</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;https://www.openstreetmap.org/copyright&apos;&gt;OpenStreetMap&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;https://www.openstreetmap.org/copyright&apos;&gt;OpenStreetMap&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Compute Atlas</source>
        <translation>Compute Atlas</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;https://www.openstreetmap.org/copyright&apos;&gt;OpenStreetMap&lt;/a&gt; contributors</source>
        <translation>&lt;a href=&apos;https://www.openstreetmap.org/copyright&apos;&gt;OpenStreetMap&lt;/a&gt; 기여자</translation>
    </message>
    <message>
        <source>Street map</source>
        <translation>거리 지도</translation>
    </message>
    <message>
        <source>The street map could not be made: %1</source>
        <translation>거리 지도를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>A tile could not be drawn: %1</source>
        <translation>타일을 그릴 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No offline tiles: %1</source>
        <translation>오프라인 타일 없음: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n tile(s)…</source>
        <translation>
            <numerusform>타일 %n개 그리는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>지도 타일</translation>
    </message>
</context>
<context>
    <name>atlas::TileCache</name>
    <message>
        <source>There is no cache folder to keep map tiles in</source>
        <translation>지도 타일을 보관할 캐시 폴더가 없습니다</translation>
    </message>
    <message>
        <source>Cannot create the map tile cache folder %1</source>
        <translation>지도 타일 캐시 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot write the map tile %1: %2</source>
        <translation>지도 타일 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>atlas::TileProvider</name>
    <message>
        <source>There is no map tile %1</source>
        <translation>지도 타일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot render the map tile %1</source>
        <translation>지도 타일 %1을(를) 렌더링할 수 없습니다.</translation>
    </message>
    <message>
        <source>Rendering the map tile %1 was cancelled</source>
        <translation>지도 타일 %1 렌더링이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::TileRenderer</name>
    <message>
        <source>No image to encode</source>
        <translation>인코딩할 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot encode PNG: %1</source>
        <translation>PNG로 인코딩할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>atlas::TileServer</name>
    <message>
        <source>Cannot serve map tiles on 127.0.0.1: %1</source>
        <translation>127.0.0.1에서 지도 타일을 제공할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineView</name>
    <message>
        <source>Show the data as it was known on this date (right end: everything)</source>
        <translation>이 날짜까지 알려진 데이터를 표시합니다 (오른쪽 끝: 전체)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>Investment announced by %1</source>
        <translation>%1이(가) 발표한 투자</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation>발표:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>금액:</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>공개되지 않음</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 delivery expected for %2</source>
        <translation>%2에 %1 인도 예정</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>예정:</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play: move the date month by month from the first to the last</source>
        <translation>재생: 처음부터 끝까지 날짜를 한 달씩 이동합니다</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Nothing dated matches the filter</source>
        <translation>필터와 일치하는 날짜 항목이 없습니다</translation>
    </message>
    <message>
        <source>No dated investments or deliveries</source>
        <translation>날짜가 있는 투자나 인도 일정이 없습니다</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s) of announced investments and expected GPU deliveries, from %1 to %2</source>
        <translation>
            <numerusform>%1부터 %2까지 발표된 투자 및 예정된 GPU 인도를 나타내는 표식 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>선택: %1</translation>
    </message>
</context>
<context>
    <name>atlas::Translations</name>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>인쇄용(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rojector</source>
        <translation>프로젝터용(&amp;R)</translation>
    </message>
    <message>
        <source>Projector, Dim &amp;Room</source>
        <translation>프로젝터용, 어두운 실내(&amp;R)</translation>
    </message>
    <message>
        <source>--lang must be one of %1</source>
        <translation>--lang 값은 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--theme must be one of %1</source>
        <translation>--theme 값은 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>The %1 translation of Compute Atlas is missing from this build</source>
        <translation>이 빌드에는 Compute Atlas의 %1 번역이 없습니다</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Company Colours</source>
        <translation>기업 색(&amp;C)</translation>
    </message>
    <message>
        <source>Colour-Blind-Safe &amp;Palette</source>
        <translation>색각 이상 안전 팔레트(&amp;P)</translation>
    </message>
    <message>
        <source>The &amp;Dataset&apos;s Colours</source>
        <translation>데이터셋의 색(&amp;D)</translation>
    </message>
    <message>
        <source>Colour &amp;Vision Preview</source>
        <translation>색각 시뮬레이션 미리 보기(&amp;V)</translation>
    </message>
</context>
<context>
    <name>atlas::ViewPreset</name>
    <message>
        <source>World</source>
        <translation>세계</translation>
    </message>
    <message>
        <source>North Atlantic</source>
        <translation>북대서양</translation>
    </message>
    <message>
        <source>UK &amp;&amp; Norway</source>
        <translation>영국 &amp;&amp; 노르웨이</translation>
    </message>
    <message>
        <source>British Isles</source>
        <translation>영국 제도</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>뉴욕</translation>
    </message>
</context>
</TS>
