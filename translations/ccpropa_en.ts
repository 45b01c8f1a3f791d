<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>AgencyPicker</name>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/agency_picker.py" line="65" />
            <source>Chọn từ danh bạ cơ quan của đơn vị (Alt+↓)</source>
            <translation>Choose from the unit's agency directory (Alt+↓)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/agency_picker.py" line="68" />
            <source>Gõ tên cơ quan, ngăn cách bằng dấu ;  hoặc bấm ▾ để chọn</source>
            <translation>Type agency names separated by ;  or press ▾ to choose</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/agency_picker.py" line="69" />
            <source>Gõ tự do, hoặc bấm ▾ (Alt+↓) để tích chọn từ danh bạ cơ quan; ↑↓ rồi Enter để tích bằng bàn phím; Enter lần nữa để lưu</source>
            <translation>Type freely, or press ▾ (Alt+↓) to tick from the unit's agency directory; ↑↓ then Enter to tick with the keyboard; Enter again to save</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/agency_picker.py" line="118" />
            <source>(Danh bạ cơ quan trống: nhập ở trang Hồ sơ đơn vị)</source>
            <translation>(The agency directory is empty: fill it in on the Unit profile page)</translation>
        </message>
    </context>
    <context>
        <name>AggregatePage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="104" />
            <source>&lt;h2&gt;Tổng hợp báo cáo của các đơn vị&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Roll-up of the units' reports&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="116" />
            <source>Năm:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="118" />
            <source>Kỳ báo cáo:</source>
            <translation>Reporting period:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="121" />
            <source>Nhập gói báo cáo…</source>
            <translation>Import report packages…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="123" />
            <source>Chọn các tệp .ccpr các đơn vị gửi lên; gói hỏng hoặc bị sửa bị từ chối, không nhập gì</source>
            <translation>Choose the .ccpr files the units sent; a damaged or altered package is refused and nothing of it is imported</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="128" />
            <source>Đang nhập %v/%m gói</source>
            <translation>Importing %v/%m packages</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="141" />
            <source>Tình hình báo cáo</source>
            <translation>Who has reported</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="142" />
            <source>Đơn vị cấp dưới</source>
            <translation>Units below</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="143" />
            <source>Báo cáo tổng hợp</source>
            <translation>Consolidated report</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="154" />
            <source>Xem báo cáo của đơn vị</source>
            <translation>Open the unit's report</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="156" />
            <source>Mở bản PDF đơn vị đã gửi trong gói (bấm đúp vào dòng cũng được)</source>
            <translation>Open the PDF the unit sent in its package (double-clicking the row works too)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="198" />
            <source>&lt;b&gt;Tỷ lệ hoàn thành theo đơn vị&lt;/b&gt;</source>
            <translation>&lt;b&gt;Completion rate by unit&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="203" />
            <source>← Biểu đồ</source>
            <translation>← Chart</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="228" />
            <source>Các đơn vị cấp dưới phải gửi báo cáo lên (các xã, thị trấn của huyện; các đơn vị thuộc Sở). «Đã báo cáo» được đếm theo danh sách này. Danh sách riêng với danh bạ cơ quan trong hồ sơ đơn vị (các cơ quan nhận nhiệm vụ). Bấm đúp vào một tên để sửa; mỗi thay đổi được lưu ngay.</source>
            <translation>The units below that must report up (the communes of a district; the units of a department). "Reported" is counted against this list. It is kept apart from the agency directory of the unit profile (the agencies that take tasks). Double-click a name to edit it; every change is saved at once.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="239" />
            <source>Tên đơn vị, ví dụ UBND xã Chiềng Khương, rồi Enter</source>
            <translation>A unit's name, e.g. UBND xã Chiềng Khương, then Enter</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="241" />
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="244" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="247" />
            <source>Nhập từ tệp văn bản…</source>
            <translation>Import from a text file…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="249" />
            <source>Một tệp .txt, mỗi dòng một tên đơn vị: các tên chưa có được thêm vào danh sách</source>
            <translation>A .txt file with one unit name per line: the names not yet listed are added</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="252" />
            <source>Thêm các đơn vị đã gửi báo cáo</source>
            <translation>Add the units that have reported</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="254" />
            <source>Thêm vào danh sách các đơn vị đã gửi gói báo cáo kỳ này mà chưa có trong danh sách</source>
            <translation>Add the units that sent a package for this period and are not listed yet</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="277" />
            <source>Soạn lại từ số liệu</source>
            <translation>Redraft from the figures</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="279" />
            <source>Lấy lại số liệu các gói mới nhất; phần đã sửa được giữ</source>
            <translation>Take the figures of the latest packages again; your edits are kept</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="281" />
            <source>Ghi số, ngày…</source>
            <translation>Number and date…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="283" />
            <source>Nhập số và ngày ban hành của báo cáo tổng hợp</source>
            <translation>Enter the number and issue date of the consolidated report</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="285" />
            <source>In…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="292" />
            <source>Xuất PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="292" />
            <source>Xuất DOCX…</source>
            <translation>Export DOCX…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="293" />
            <source>Xuất XLSX…</source>
            <translation>Export XLSX…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="313" />
            <source>&lt;b&gt;Đánh giá, phương hướng, kiến nghị&lt;/b&gt; (soạn sẵn từ số liệu; lưu ngay khi gõ)</source>
            <translation>&lt;b&gt;Assessment, next steps, proposals&lt;/b&gt; (drafted from the figures; saved as you type)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="318" />
            <source>In báo cáo tổng hợp</source>
            <translation>Print the consolidated report</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="373" />
            <source>Chưa có đơn vị nào gửi báo cáo {0}. Bấm «Nhập gói báo cáo…» để nhập các tệp .ccpr nhận được.</source>
            <translation>No unit has sent its {0} report yet. Press “Import report packages…” to import the .ccpr files received.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="391" />
            <source>&lt;b&gt;{0}&lt;/b&gt;: đã báo cáo {1}/{2} đơn vị trong danh sách</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: {1}/{2} listed units have reported</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="395" />
            <source>, thêm {0} đơn vị ngoài danh sách</source>
            <translation>, plus {0} units not on the list</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="397" />
            <source>&lt;b&gt;{0}&lt;/b&gt;: đã báo cáo {1} đơn vị (chưa có danh sách đơn vị cấp dưới để đối chiếu: nhập ở thẻ «Đơn vị cấp dưới»)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} units have reported (no list of units below to count against yet: enter it on the "Units below" tab)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="400" />
            <source> · tỷ lệ hoàn thành chung {0} ({1}/{2} nhiệm vụ, không tính {3} không thực hiện)</source>
            <translation> · overall completion {0} ({1}/{2} tasks, not counting {3} not carried out)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="406" />
            <source>Báo cáo tổng hợp &lt;b&gt;số {0}, ngày {1}&lt;/b&gt;</source>
            <translation>Consolidated report &lt;b&gt;no. {0}, dated {1}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="409" />
            <source>Báo cáo tổng hợp: dự thảo (chưa có số)</source>
            <translation>Consolidated report: draft (no number yet)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="412" />
            <source> · &lt;span style='color:#a61b1b'&gt;Cần soạn trước khi ban hành: {0}&lt;/span&gt;</source>
            <translation> · &lt;span style='color:#a61b1b'&gt;To draft before issuing: {0}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="438" />
            <source>Chọn các gói báo cáo</source>
            <translation>Choose the report packages</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="439" />
            <source>Gói báo cáo (*.ccpr)</source>
            <translation>Report packages (*.ccpr)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="457" />
            <source>Đang kiểm tra {0}…</source>
            <translation>Checking {0}…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="464" />
            <source>Gói không hợp lệ</source>
            <translation>Invalid package</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="465" />
            <source>Gói {0} không hợp lệ, không nhập gì:
{1}</source>
            <translation>Package {0} is invalid; nothing was imported:
{1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="476" />
            <source>Đơn vị: {0}</source>
            <translation>Unit: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="477" />
            <source>Kế hoạch: {0} · {1}</source>
            <translation>Plan: {0} · {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="477" />
            <source>chưa ban hành</source>
            <translation>not issued</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="479" />
            <source>Kỳ báo cáo: {0} · tạo lúc {1}</source>
            <translation>Reporting period: {0} · made at {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="480" />
            <source>Nhiệm vụ: {0}; hoàn thành {1}, đang thực hiện {2}, chưa triển khai {3}, không thực hiện {4}.</source>
            <translation>Tasks: {0}; done {1}, in progress {2}, not started {3}, dropped {4}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="485" />
            <source>Gói báo cáo</source>
            <translation>Report package</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="486" />
            <source>Gói {0} hợp lệ:</source>
            <translation>Package {0} is valid:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="488" />
            <source>Nhập gói này</source>
            <translation>Import this package</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="489" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="501" />
            <source>Đã nhập {0} gói ({1} thay bản cũ), {2} bản cũ hơn lưu vào lịch sử, {3} trùng, {4} bị từ chối.</source>
            <translation>Imported {0} packages ({1} replacing older ones), {2} older copies kept in the history, {3} duplicates, {4} refused.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="515" />
            <source>… và {0} gói khác.</source>
            <translation>… and {0} more packages.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="516" />
            <source>Có gói bị từ chối</source>
            <translation>Some packages were refused</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="517" />
            <source>Các gói sau không được nhập:
{0}</source>
            <translation>These packages were not imported:
{0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="536" />
            <source>{0} chưa gửi báo cáo {1}.</source>
            <translation>{0} has not sent its report for {1}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="542" />
            <source>Đang mở báo cáo của {0}…</source>
            <translation>Opening the report of {0}…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="551" />
            <source>Báo cáo {0} của {1}, đúng như đơn vị gửi (gói ngày {2}).</source>
            <translation>Report for {0} of {1}, exactly as the unit sent it (package of {2}).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="567" />
            <source>{0} đơn vị</source>
            <translation>{0} units</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="568" />
            <source>Đơn vị cấp dưới ({0})</source>
            <translation>Units below ({0})</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="589" />
            <source>Đã thêm «{0}»; danh sách có {{0}} đơn vị.</source>
            <translation>Added "{0}"; the list has {{0}} units.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="599" />
            <source>Đã xóa «{0}» khỏi danh sách; còn {{0}} đơn vị.</source>
            <translation>Removed "{0}" from the list; {{0}} units left.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="604" />
            <source>Đã lưu danh sách {0} đơn vị.</source>
            <translation>Saved the list of {0} units.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="611" />
            <source>Các đơn vị đã gửi báo cáo đều có trong danh sách.</source>
            <translation>Every unit that has reported is on the list.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="613" />
            <source>Đã thêm {0} đơn vị; danh sách có {{0}} đơn vị.</source>
            <translation>Added {0} units; the list has {{0}} units.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="617" />
            <source>Chọn tệp danh sách đơn vị</source>
            <translation>Choose the file listing the units</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="619" />
            <source>Tệp văn bản (*.txt);;Mọi tệp (*)</source>
            <translation>Text files (*.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="629" />
            <source>Đã thêm {0} đơn vị từ {1}; danh sách có {2} đơn vị.</source>
            <translation>Added {0} units from {1}; the list has {2} units.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="651" />
            <source>Chưa có gói báo cáo nào của kỳ này: chưa có gì để tổng hợp.</source>
            <translation>No report package for this period yet: nothing to consolidate.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="658" />
            <source>Đang tạo văn bản…</source>
            <translation>Building the document…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="667" />
            <source>Đang xem: báo cáo tổng hợp {0}, số {1} ngày {2}, đúng như sẽ in.</source>
            <translation>Showing: the consolidated report for {0}, no. {1} of {2}, exactly as it will print.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="670" />
            <source>Đang xem: báo cáo tổng hợp {0} (dự thảo), đúng như sẽ in.</source>
            <translation>Showing: the consolidated report for {0} (draft), exactly as it will print.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="681" />
            <source>Số và ngày của báo cáo tổng hợp {0}</source>
            <translation>Number and date of the consolidated report for {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="682" />
            <source>Bản in và bản xuất sẽ mang số và ngày này, không còn chữ DỰ THẢO. Nhận thêm gói hay sửa nội dung sau đó vẫn được.</source>
            <translation>Prints and exports will carry this number and date, without the DRAFT mark. You can still receive packages and edit the text afterwards.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="698" />
            <source>Đã ghi số {0}, ngày {1} cho báo cáo tổng hợp.</source>
            <translation>Recorded no. {0}, dated {1}, for the consolidated report.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/aggregate.py" line="713" />
            <source>Đang tạo văn bản để in; bấm «In…» lại khi xem trước đã xong.</source>
            <translation>Making the document to print; press "Print…" again once the preview is ready.</translation>
        </message>
    </context>
    <context>
        <name>AggregateUnits</name>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="24" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="25" />
            <source>Tình trạng</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="26" />
            <source>Ngày gửi</source>
            <translation>Date sent</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="27" />
            <source>Hoàn thành</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="28" />
            <source>Không TH</source>
            <translation>Not done</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="29" />
            <source>Tỷ lệ hoàn thành</source>
            <translation>Completion rate</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="69" />
            <source>Chưa báo cáo</source>
            <translation>Not reported</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="71" />
            <source>Đã báo cáo</source>
            <translation>Reported</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="72" />
            <source>Đã báo cáo (ngoài danh sách)</source>
            <translation>Reported (not on the list)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/aggregate_units.py" line="94" />
            <source>Kế hoạch: {0} {1}</source>
            <translation>Plan: {0} {1}</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="48" />
            <source>d 'tháng' M 'năm' yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="83" />
            <source>ngày/tháng/năm</source>
            <translation>day/month/year</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="84" />
            <source>Gõ ngày/tháng/năm, ví dụ 10/01/2026, 10/1/2026 hoặc 2026-01-10</source>
            <translation>Type day/month/year, e.g. 10/01/2026, 10/1/2026 or 2026-01-10</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="88" />
            <source>Chọn ngày trên lịch</source>
            <translation>Pick the day on a calendar</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="130" />
            <source>Cần nhập ngày, ví dụ 10/01/2026.</source>
            <translation>A date is needed, e.g. 10/01/2026.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="133" />
            <source>Chưa hiểu “{0}”: gõ ngày/tháng/năm, ví dụ 10/01/2026.</source>
            <translation>"{0}" is not understood: type day/month/year, e.g. 10/01/2026.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="139" />
            <source>Không có tháng {0}: tháng từ 1 đến 12 (gõ ngày/tháng/năm).</source>
            <translation>There is no month {0}: months run from 1 to 12 (type day/month/year).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="140" />
            <source>Tháng {0} năm {1} không có ngày {2}.</source>
            <translation>Month {0} of {1} has no day {2}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="144" />
            <source>Ngày {0} nằm ngoài khoảng cho phép ({1} – {2}).</source>
            <translation>{0} lies outside the allowed range ({1} – {2}).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="166" />
            <source>Đã hiểu: {0}</source>
            <translation>Understood: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/date_field.py" line="169" />
            <source>Chưa có ngày</source>
            <translation>No date yet</translation>
        </message>
    </context>
    <context>
        <name>DomainLabels</name>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="23" />
            <source>quý I năm {0}</source>
            <translation>Q1 {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="24" />
            <source>6 tháng đầu năm {0}</source>
            <translation>first half of {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="25" />
            <source>quý III năm {0}</source>
            <translation>Q3 {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="26" />
            <source>9 tháng năm {0}</source>
            <translation>first nine months of {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="27" />
            <source>năm {0}</source>
            <translation>year {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="29" />
            <source>chủ trì</source>
            <translation>lead</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="30" />
            <source>phối hợp</source>
            <translation>partners</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="33" />
            <source>Đơn vị được giao {0}: “{1}”</source>
            <translation>The unit is named as {0}: “{1}”</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="35" />
            <source>Cấp của đơn vị được giao {0}: “{1}”</source>
            <translation>The unit's level is named as {0}: “{1}”</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="37" />
            <source>Mọi cơ quan, đơn vị được giao {0}: “{1}”</source>
            <translation>All agencies are named as {0}: “{1}”</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="40" />
            <source>Người dùng chọn</source>
            <translation>Chosen by the user</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="41" />
            <source>Người dùng chọn toàn bộ nhiệm vụ</source>
            <translation>The user chose every task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="42" />
            <source>Làm thường xuyên</source>
            <translation>Done regularly</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="46" />
            <source>Đã hoàn thành ({0}), việc làm một lần</source>
            <translation>Done ({0}), a one-off task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="48" />
            <source>{0} ở {1}: chuyển sang năm sau</source>
            <translation>{0} in {1}: carried over to next year</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="52" />
            <source>Thường xuyên</source>
            <translation>Ongoing</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="53" />
            <source>Hàng tuần</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="54" />
            <source>Hàng tháng</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="55" />
            <source>Hàng quý</source>
            <translation>Quarterly</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="56" />
            <source>6 tháng một lần</source>
            <translation>Every six months</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="57" />
            <source>Hàng năm</source>
            <translation>Yearly</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="58" />
            <source>Một lần</source>
            <translation>Once</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="59" />
            <source>Theo mốc</source>
            <translation>By milestones</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="60" />
            <source>Ngày do cán bộ đặt</source>
            <translation>Dates set by the officer</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="61" />
            <source>Theo nhiệm vụ con</source>
            <translation>From the sub-tasks</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="62" />
            <source>Không có hạn</source>
            <translation>No deadline</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="127" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="128" />
            <source>Hình thức</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="129" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="130" />
            <source>Phối hợp</source>
            <translation>Coordinating</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="131" />
            <source>Thời gian</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="132" />
            <source>Sản phẩm</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="133" />
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="136" />
            <source>trích yếu</source>
            <translation>title</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="137" />
            <source>tên phụ lục</source>
            <translation>appendix title</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="138" />
            <source>đoạn mở đầu</source>
            <translation>opening paragraph</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="143" />
            <source>mục {0}, {1}</source>
            <translation>section {0}, {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="144" />
            <source>tiêu đề</source>
            <translation>heading</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="145" />
            <source>đoạn {0}</source>
            <translation>paragraph {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="146" />
            <source>nhiệm vụ {0}, cột {1}</source>
            <translation>task {0}, column {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="147" />
            <source>căn cứ {0}</source>
            <translation>legal basis {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/domain_labels.py" line="148" />
            <source>đoạn kết {0}</source>
            <translation>closing paragraph {0}</translation>
        </message>
    </context>
    <context>
        <name>EditorSession</name>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="42" />
            <source>Chuyển nhiệm vụ {0} lên</source>
            <translation>Move task {0} up</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="43" />
            <source>Chuyển nhiệm vụ {0} xuống</source>
            <translation>Move task {0} down</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="44" />
            <source>Lùi vào nhiệm vụ {0}</source>
            <translation>Indent task {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="45" />
            <source>Lùi ra nhiệm vụ {0}</source>
            <translation>Outdent task {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="46" />
            <source>Chuyển mục {0} lên</source>
            <translation>Move section {0} up</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="47" />
            <source>Chuyển mục {0} xuống</source>
            <translation>Move section {0} down</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="48" />
            <source>Lùi vào mục {0}</source>
            <translation>Indent section {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="49" />
            <source>Lùi ra mục {0}</source>
            <translation>Outdent section {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="104" />
            <source>Sửa «{0}» của nhiệm vụ {1}</source>
            <translation>Edit “{0}” of task {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="122" />
            <source>tiêu đề</source>
            <translation>title</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="122" />
            <source>nội dung</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="123" />
            <source>Sửa {0} mục {1}</source>
            <translation>Edit the {0} of section {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="166" />
            <source>Thay «{0}» bằng «{1}» ({2} chỗ)</source>
            <translation>Replace «{0}» with «{1}» ({2} places)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="180" />
            <source>Nhiệm vụ mới</source>
            <translation>New task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="183" />
            <source>Mục mới</source>
            <translation>New section</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="188" />
            <source>Thêm nhiệm vụ {0}</source>
            <translation>Add task {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="188" />
            <source>Thêm mục {0}</source>
            <translation>Add section {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="205" />
            <source>Xóa nhiệm vụ {0}</source>
            <translation>Delete task {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="205" />
            <source>Xóa mục {0}</source>
            <translation>Delete section {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/session.py" line="307" />
            <source>Đã lưu</source>
            <translation>Saved</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="27" />
            <source>Tệp PDF (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="28" />
            <source>Tệp Word (*.docx)</source>
            <translation>Word files (*.docx)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="29" />
            <source>Tệp Excel (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="30" />
            <source>Gói báo cáo (*.ccpr)</source>
            <translation>Report packages (*.ccpr)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="31" />
            <source>Gói kế hoạch mẫu cho cấp dưới (*.ccpt)</source>
            <translation>Template package for the level below (*.ccpt)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="32" />
            <source>Hồ sơ nén (*.zip)</source>
            <translation>Zip archive (*.zip)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="35" />
            <source>Xuất PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="36" />
            <source>Xuất DOCX</source>
            <translation>Export DOCX</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="37" />
            <source>Xuất XLSX</source>
            <translation>Export XLSX</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="38" />
            <source>Tạo gói báo cáo</source>
            <translation>Create a report package</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="39" />
            <source>Gửi kế hoạch cho cấp dưới</source>
            <translation>Send the plan to the level below</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="40" />
            <source>Tạo hồ sơ kiểm chứng</source>
            <translation>Make the evidence binder</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="74" />
            <source>Đã lưu {0}</source>
            <translation>Saved {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="105" />
            <source>Mở thư mục</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/export_dialog.py" line="107" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="33" />
            <source>Tìm và thay trong kế hoạch</source>
            <translation>Find and replace in the plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="37" />
            <source>Từ, cụm từ cần tìm</source>
            <translation>Word or phrase to find</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="40" />
            <source>Thay bằng (để trống: xóa)</source>
            <translation>Replace with (empty: delete)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="41" />
            <source>Nguyên từ</source>
            <translation>Whole words</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="44" />
            <source>Không phân biệt dấu (“tinh” thấy cả “tỉnh”)</source>
            <translation>Ignore diacritics (“tinh” also finds “tỉnh”)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="46" />
            <source>Phân biệt chữ hoa, chữ thường</source>
            <translation>Match case</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="53" />
            <source>Tìm</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="57" />
            <source>Thay tất cả</source>
            <translation>Replace all</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="65" />
            <source>Tìm:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="66" />
            <source>Thay bằng:</source>
            <translation>Replace with:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="112" />
            <source>Tìm thấy {0} chỗ.</source>
            <translation>Found {0} places.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="113" />
            <source>Không thấy «{0}».</source>
            <translation>«{0}» not found.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="120" />
            <source>Đã thay {0} chỗ. Hoàn tác (Ctrl+Z) trả lại tất cả.</source>
            <translation>Replaced {0} places. Undo (Ctrl+Z) brings them all back.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/find_dialog.py" line="121" />
            <source>Không thấy «{0}»: không thay gì.</source>
            <translation>«{0}» not found: nothing replaced.</translation>
        </message>
    </context>
    <context>
        <name>HelpViewer</name>
        <message>
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="180" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="136" />
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="244" />
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="245" />
            <source>Hướng dẫn sử dụng</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="169" />
            <source>Điều hướng</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="172" />
            <source>◀ Trở lại</source>
            <translation>◀ Back</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="175" />
            <source>Tiếp ▶</source>
            <translation>Forward ▶</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="178" />
            <source>Mục lục</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="217" />
            <source>Hướng dẫn chỉ mở các trang của chính nó: {0} không được mở.</source>
            <translation>The guide opens only its own pages: {0} was not opened.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/help_viewer.py" line="225" />
            <source>Không có trang này trong hướng dẫn: {0}</source>
            <translation>The guide has no such page: {0}</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="51" />
            <source>A — Kế hoạch (ban hành trực tiếp)</source>
            <translation>A — Plan (issued directly)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="52" />
            <source>B — Quyết định ban hành kèm theo Kế hoạch</source>
            <translation>B — Decision issuing the attached Plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="69" />
            <source>Ban hành kế hoạch</source>
            <translation>Issue the plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="70" />
            <source>Sau khi ban hành, văn bản được lưu cố định thành một phiên bản; in lại luôn ra đúng văn bản đó. Sửa kế hoạch sau đó sẽ tạo dự thảo của phiên bản mới.</source>
            <translation>Once issued, the document is frozen as a version; reprinting always gives exactly that document. Editing the plan afterwards starts a draft of a new version.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="71" />
            <source>Ban hành</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="72" />
            <source>ví dụ 18</source>
            <translation>e.g. 18</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="85" />
            <source>Hình thức:</source>
            <translation>Form:</translation>
        </message>
    </context>
    <context>
        <name>IssuePage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="49" />
            <source>Dự thảo</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="50" />
            <source>Đã ban hành</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="116" />
            <source>&lt;h2&gt;Ban hành và in&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Issue and print&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="125" />
            <source>In dự thảo</source>
            <translation>Print draft</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="127" />
            <source>Xem và in bản dự thảo: chưa có số, có chữ DỰ THẢO</source>
            <translation>View and print the draft: no number yet, marked DỰ THẢO (draft)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="128" />
            <source>Ban hành…</source>
            <translation>Issue…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="130" />
            <source>Nhập số, ngày ban hành và lưu cố định văn bản</source>
            <translation>Enter the number and date of issue and freeze the document</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="131" />
            <source>In…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="133" />
            <source>In văn bản đang xem</source>
            <translation>Print the document shown</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="134" />
            <source>Xuất PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="136" />
            <source>Xuất DOCX…</source>
            <translation>Export DOCX…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="149" />
            <source>Gửi cho cấp dưới…</source>
            <translation>Send to the level below…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="151" />
            <source>Gói kế hoạch mẫu (.ccpt) của bản đã ban hành đang xem: cấp dưới nhập làm mẫu, không phải gõ lại</source>
            <translation>A template package (.ccpt) of the issued version shown: the level below imports it as a template, with no retyping</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="155" />
            <source>Phiếu nhiệm vụ cho từng cơ quan…</source>
            <translation>Task sheet for each agency…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="157" />
            <source>Mỗi cơ quan chủ trì, phối hợp trong phụ lục một tệp PDF: nhiệm vụ, thời hạn và các kỳ báo cáo, trích từ văn bản đang xem</source>
            <translation>One PDF for each lead or partner agency of the appendix: its tasks, deadlines and reporting periods, taken from the document shown</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="167" />
            <source>Phiên bản</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="167" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="167" />
            <source>Số</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="167" />
            <source>Ngày ban hành</source>
            <translation>Date of issue</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="182" />
            <source>In kế hoạch</source>
            <translation>Print the plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="185" />
            <source>&lt;b&gt;Các phiên bản&lt;/b&gt; (chọn để xem đúng văn bản đó):</source>
            <translation>&lt;b&gt;Versions&lt;/b&gt; (select one to view exactly that document):</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="199" />
            <source>Chưa có kế hoạch nào để ban hành. Hãy lập kế hoạch từ kế hoạch mẫu ở trang «Kế hoạch», soạn lại nếu cần, rồi quay lại đây để in dự thảo và ban hành.</source>
            <translation>There is no plan to issue yet. Create a plan from a template on the “Plans” page, edit it if needed, then come back here to print the draft and issue it.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="202" />
            <source>Đến trang Kế hoạch</source>
            <translation>Go to Plans</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="211" />
            <source>Kế hoạch:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="247" />
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Năm {1} · {2} nhiệm vụ · {3}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Year {1} · {2} tasks · {3}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="280" />
            <source>Đang xem: bản dự thảo (chưa có số, có chữ DỰ THẢO).</source>
            <translation>Showing: the draft (no number yet, marked DỰ THẢO).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="284" />
            <source>Đang xem: phiên bản {0}, số {1}, ngày {2} — đúng văn bản đã ban hành.</source>
            <translation>Showing: version {0}, number {1}, dated {2} — exactly the document as issued.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="294" />
            <source>Đang tạo văn bản…</source>
            <translation>Building the document…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="372" />
            <source>Đang ban hành…</source>
            <translation>Issuing…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="377" />
            <source>Đã ban hành phiên bản {0}, số {1}, ngày {2}.</source>
            <translation>Issued version {0}, number {1}, dated {2}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="431" />
            <source>Đã ghi {0}</source>
            <translation>Saved {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="432" />
            <source>Gửi cho cấp dưới</source>
            <translation>Send to the level below</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="433" />
            <source>Đã ghi gói kế hoạch mẫu {0}. Gửi tệp này cho cấp dưới: họ mở tệp bằng phần mềm để nhập làm kế hoạch mẫu.</source>
            <translation>Saved the template package {0}. Send this file to the level below: they open it with the app to import it as a template.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="443" />
            <source>Chọn thư mục ghi phiếu nhiệm vụ</source>
            <translation>Choose the folder for the task sheets</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="452" />
            <source>Đang tạo phiếu nhiệm vụ…</source>
            <translation>Making the task sheets…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="459" />
            <source>Đã ghi {0} phiếu nhiệm vụ vào thư mục {1}.</source>
            <translation>Wrote {0} task sheets into the folder {1}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="461" />
            <source>Kế hoạch chưa ban hành: các phiếu ghi rõ là trích dự thảo.</source>
            <translation>The plan is not issued yet: the sheets say they are taken from the draft.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="462" />
            <source>Đã ghi {0} phiếu nhiệm vụ vào {1}</source>
            <translation>Wrote {0} task sheets into {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/issue.py" line="463" />
            <source>Phiếu nhiệm vụ</source>
            <translation>Task sheets</translation>
        </message>
    </context>
    <context>
        <name>LineList</name>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="109" />
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="109" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="109" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="110" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="105" />
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="112" />
            <source>Xóa</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="114" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="116" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="215" />
            <source>{0} mục · nháy đúp để sửa</source>
            <translation>{0} entries · double-click to edit</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="63" />
            <source>Hồ sơ đơn vị</source>
            <translation>Unit profile</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="64" />
            <source>Kế hoạch mẫu</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="65" />
            <source>Kế hoạch</source>
            <translation>Plans</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="66" />
            <source>Soạn kế hoạch</source>
            <translation>Plan editor</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="67" />
            <source>Ban hành và in</source>
            <translation>Issue and print</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="68" />
            <source>Theo dõi thực hiện</source>
            <translation>Tracking</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="69" />
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="70" />
            <source>Tổng hợp đơn vị</source>
            <translation>Unit roll-up</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="71" />
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="87" />
            <source>Tuyên truyền cải cách hành chính</source>
            <translation>Administrative reform communication</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="128" />
            <source>Dữ liệu: {0}</source>
            <translation>Data: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="204" />
            <source>Chế độ chỉ đọc: xem, in và xuất được; mọi thay đổi bị từ chối. Lý do: {0}.</source>
            <translation>Read-only: viewing, printing and exports work; every change is refused. Why: {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="208" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="209" />
            <source>&amp;Thoát</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="213" />
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="214" />
            <source>&amp;Hướng dẫn sử dụng</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="218" />
            <source>&amp;Giới thiệu</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="231" />
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="232" />
            <source>Phần mềm lập kế hoạch, theo dõi và báo cáo tuyên truyền cải cách hành chính, văn bản đúng thể thức Nghị định 30/2020/NĐ-CP. Không cần kết nối mạng.</source>
            <translation>Plans, tracks and reports on administrative-reform communication, with documents formatted as Decree 30/2020/NĐ-CP requires. No network connection needed.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="278" />
            <location filename="../ccpropa_desktop/ui/main_window.py" line="288" />
            <source>Không mở được tệp</source>
            <translation>Cannot open the file</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="278" />
            <source>Không tìm thấy tệp {0}.</source>
            <translation>File {0} not found.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/main_window.py" line="289" />
            <source>Không mở được tệp {0}: chương trình mở gói báo cáo (.ccpr) và kế hoạch của cấp trên (.docx, .pdf, .txt, gói kế hoạch mẫu .ccpt).</source>
            <translation>Cannot open {0}: the program opens report packages (.ccpr) and plans from the level above (.docx, .pdf, .txt, template packages .ccpt).</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="367" />
            <source>Đổi tên cơ quan</source>
            <translation>Rename agencies</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="369" />
            <source>Tên cơ quan trong kế hoạch mẫu được đổi sang cơ quan của đơn vị. Bấm đúp vào ô để sửa; thay đổi được lưu ngay và dùng cho các kế hoạch sau.</source>
            <translation>Agency names in the template are changed to your unit's agencies. Double-click a cell to edit; changes are saved at once and used for later plans.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="372" />
            <source>Cơ quan trong kế hoạch mẫu</source>
            <translation>Agency in the template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="372" />
            <source>Cơ quan của đơn vị</source>
            <translation>Your unit's agency</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="387" />
            <source>Thêm dòng</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="389" />
            <source>Xóa dòng</source>
            <translation>Delete row</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="413" />
            <source>&lt;b&gt;Xem trước&lt;/b&gt; một số nhiệm vụ đã chọn sau khi đổi tên:</source>
            <translation>&lt;b&gt;Preview&lt;/b&gt; of some chosen tasks after renaming:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="440" />
            <source>Kế hoạch mẫu cùng cấp {0} với đơn vị nên thường không cần đổi tên cơ quan. Bấm «Thêm dòng» nếu cần.</source>
            <translation>The template is at the same level ({0}) as your unit, so agencies usually need no renaming. Press “Add row” if needed.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="443" />
            <source>Đổi tên từ cấp {0} sang cấp {1}: {2} quy tắc.</source>
            <translation>Renaming from level {0} to level {1}: {2} rules.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="501" />
            <source>«{0}» đã có trong bảng; hãy sửa ở dòng đó.</source>
            <translation>“{0}” is already in the table; edit that row instead.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="538" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="538" />
            <source>Phối hợp</source>
            <translation>Coordinating</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="544" />
            <source>Chưa chọn nhiệm vụ nào.</source>
            <translation>No task chosen.</translation>
        </message>
    </context>
    <context>
        <name>NewPlanWizard</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="645" />
            <source>Lập kế hoạch mới</source>
            <translation>New plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="647" />
            <source>&lt; Quay lại</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="648" />
            <source>Tiếp theo &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="649" />
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="650" />
            <source>Lập kế hoạch</source>
            <translation>Create plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="651" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="652" />
            <source>Trợ giúp</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="694" />
            <source>Đã lập kế hoạch: {0}</source>
            <translation>Plan created: {0}</translation>
        </message>
    </context>
    <context>
        <name>NextYearDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="31" />
            <source>Giữ</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="32" />
            <source>Chưa xong, giữ</source>
            <translation>Unfinished, kept</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="33" />
            <source>Đề xuất bỏ</source>
            <translation>Proposed for removal</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="34" />
            <source>Mới từ mẫu</source>
            <translation>New from the template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="45" />
            <source>Lập kế hoạch năm sau</source>
            <translation>Next year's plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="54" />
            <source>— không, chỉ từ kế hoạch này —</source>
            <translation>— none, only from this plan —</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="59" />
            <source>Đưa vào</source>
            <translation>Include</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="59" />
            <source>TT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="59" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="60" />
            <source>Tình trạng</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="60" />
            <source>Lý do</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="76" />
            <source>Lập kế hoạch</source>
            <translation>Create plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="80" />
            <source>Từ kế hoạch:</source>
            <translation>From plan:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="81" />
            <source>Năm:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="82" />
            <source>Kế hoạch mới của cấp trên (nếu có):</source>
            <translation>The level above's new plan (if any):</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="116" />
            <source>{0} nhiệm vụ: bỏ dấu ở dòng không muốn giữ, đánh dấu dòng muốn giữ lại. Tình trạng theo kỳ {1}. Lời văn: {2} chỗ chuyển sang năm {3}.</source>
            <translation>{0} tasks: untick a row to leave it out, tick one to keep it. Status as of period {1}. Wording: {2} places moved to {3}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/next_year_dialog.py" line="118" />
            <source>(chưa theo dõi)</source>
            <translation>(not tracked)</translation>
        </message>
    </context>
    <context>
        <name>OriginalDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="46" />
            <source>Bản gốc (kế hoạch mẫu)</source>
            <translation>Original (template)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="47" />
            <source>Hiện tại (kế hoạch của đơn vị)</source>
            <translation>Current (your unit's plan)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="53" />
            <source>&lt;br&gt;(đã sửa)</source>
            <translation>&lt;br&gt;(edited)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="56" />
            <source>

Trong kế hoạch mẫu ghi: {0}</source>
            <translation>

The template says: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="66" />
            <source>Dùng lại bản gốc</source>
            <translation>Restore the original</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="69" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="86" />
            <source>(trống)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="101" />
            <source>Nhiệm vụ {0}: bản gốc và hiện tại</source>
            <translation>Task {0}: original and current</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="103" />
            <source>Nhiệm vụ này do đơn vị thêm, không có trong kế hoạch mẫu.</source>
            <translation>Your unit added this task; it is not in the template.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="108" />
            <source>Nhiệm vụ {0} của kế hoạch mẫu «{1}», sau khi đổi tên cơ quan cho đơn vị. Ô tô màu là chỗ đã sửa.</source>
            <translation>Task {0} of the template “{1}”, after renaming agencies for your unit. Coloured cells were edited.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="117" />
            <source>Mục {0}: bản gốc và hiện tại</source>
            <translation>Section {0}: original and current</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="118" />
            <source>Tiêu đề</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="119" />
            <source>Nội dung</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="122" />
            <source>Mục này do đơn vị thêm, không có trong kế hoạch mẫu.</source>
            <translation>Your unit added this section; it is not in the template.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/original_dialog.py" line="128" />
            <source>Mục của kế hoạch mẫu «{0}», sau khi đổi tên cơ quan cho đơn vị. Ô tô màu là chỗ đã sửa.</source>
            <translation>Section of the template “{0}”, after renaming agencies for your unit. Coloured cells were edited.</translation>
        </message>
    </context>
    <context>
        <name>PartsPanel</name>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="275" />
            <source>Sửa trích yếu</source>
            <translation>Edit the subject line</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="276" />
            <source>A — Kế hoạch (ban hành trực tiếp)</source>
            <translation>A — Plan (issued directly)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="278" />
            <source>B — Quyết định ban hành kèm theo Kế hoạch</source>
            <translation>B — Decision issuing the attached Plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="288" />
            <source>Trích yếu và hình thức ban hành</source>
            <translation>Subject line and form of issue</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="291" />
            <source>&amp;Trích yếu:</source>
            <translation>&amp;Subject line:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="292" />
            <source>Hình thức:</source>
            <translation>Form:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="296" />
            <source>Thêm căn cứ {0}</source>
            <translation>Add legal basis {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="296" />
            <source>Xóa căn cứ {0}</source>
            <translation>Remove legal basis {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="297" />
            <source>Chuyển căn cứ {0} lên</source>
            <translation>Move legal basis {0} up</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="297" />
            <source>Chuyển căn cứ {0} xuống</source>
            <translation>Move legal basis {0} down</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="298" />
            <source>Sửa căn cứ {0}</source>
            <translation>Edit legal basis {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="301" />
            <source>Căn cứ (mỗi dòng một văn bản, theo thứ tự in)</source>
            <translation>Legal bases (one document per line, in printed order)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="303" />
            <source>Sửa đoạn mở đầu</source>
            <translation>Edit the opening paragraph</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="306" />
            <source>Ví dụ: UBND huyện … xây dựng Kế hoạch …, như sau:</source>
            <translation>For example: UBND huyện … xây dựng Kế hoạch …, như sau:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="307" />
            <source>Sửa đoạn kết</source>
            <translation>Edit the closing paragraphs</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="310" />
            <source>Mỗi đoạn một dòng; để trống nếu không có đoạn kết.</source>
            <translation>One paragraph per line; leave empty for no closing.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="311" />
            <source>Mở đầu và kết thúc</source>
            <translation>Opening and closing</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="313" />
            <source>Đoạn &amp;mở đầu (Kế hoạch: in nối sau căn cứ cuối cùng):</source>
            <translation>&amp;Opening (plan: printed after the last legal basis):</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="316" />
            <source>Đoạn &amp;kết (mỗi đoạn một dòng, in sau nội dung):</source>
            <translation>&amp;Closing (one paragraph per line, printed after the body):</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="321" />
            <source>Sửa tên phụ lục</source>
            <translation>Edit the appendix title</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="323" />
            <source>Sửa dòng «Kèm theo» của phụ lục</source>
            <translation>Edit the appendix's “attached to” line</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="324" />
            <source>Phụ lục</source>
            <translation>Appendix</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="327" />
            <source>Tê&amp;n phụ lục:</source>
            <translation>Appendix &amp;title:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="328" />
            <source>Dòng «Kèm theo»:</source>
            <translation>“Attached to” line:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="331" />
            <source>Sửa căn cứ thẩm quyền</source>
            <translation>Edit the basis of authority</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="334" />
            <source>Sửa cơ quan đề nghị</source>
            <translation>Edit the proposing office</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="336" />
            <source>Quyết định ban hành (chỉ in ở hình thức B)</source>
            <translation>Issuing decision (printed in form B only)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="338" />
            <source>Căn cứ thẩm &amp;quyền (in đầu tiên):</source>
            <translation>Basis of &amp;authority (printed first):</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="341" />
            <source>Theo đề nghị &amp;của:</source>
            <translation>Proposed &amp;by:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="348" />
            <source>Sửa quyền hạn ký</source>
            <translation>Edit the signing authority</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="350" />
            <source>Sửa chức vụ người ký</source>
            <translation>Edit the signer's position</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="351" />
            <source>Sửa họ tên người ký</source>
            <translation>Edit the signer's name</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="357" />
            <source>Người ký (để trống: theo hồ sơ đơn vị)</source>
            <translation>Signer (empty: as in the unit profile)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="360" />
            <source>Quyền &amp;hạn:</source>
            <translation>Au&amp;thority:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="362" />
            <source>Chức &amp;vụ:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="363" />
            <source>Họ và tê&amp;n:</source>
            <translation>Full &amp;name:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="367" />
            <source>Thêm nơi nhận {0}</source>
            <translation>Add recipient {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="367" />
            <source>Xóa nơi nhận {0}</source>
            <translation>Remove recipient {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="368" />
            <source>Chuyển nơi nhận {0} lên</source>
            <translation>Move recipient {0} up</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="368" />
            <source>Chuyển nơi nhận {0} xuống</source>
            <translation>Move recipient {0} down</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="369" />
            <source>Sửa nơi nhận {0}</source>
            <translation>Edit recipient {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="369" />
            <source>Nơi nhận mới</source>
            <translation>New recipient</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="372" />
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="630" />
            <source>Dùng nơi nhận của hồ sơ đơn vị</source>
            <translation>Use the unit profile's recipients</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="376" />
            <source>Từ phụ lục…</source>
            <translation>From the appendix…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="378" />
            <source>Đề xuất nơi nhận từ các cơ quan chủ trì, phối hợp trong phụ lục; xem lại rồi xác nhận</source>
            <translation>Propose recipients from the lead and partner agencies of the appendix; review, then confirm</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="382" />
            <source>Nơi nhận (theo thứ tự in)</source>
            <translation>Recipients (in printed order)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="517" />
            <source>Để trống: in theo số và ngày ban hành, ví dụ {0}</source>
            <translation>Empty: printed from the number and date of issue, e.g. {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="521" />
            <source>Để trống: theo cấp đơn vị và ngày ban hành, từ tệp dữ liệu {0}. Danh sách căn cứ của Quyết định kết thúc bằng «Theo đề nghị của …».</source>
            <translation>Empty: by the unit's level and the date of issue, from the data file {0}. The decision's list of legal bases ends with “Theo đề nghị của …”.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="528" />
            <source>Danh sách riêng của kế hoạch.</source>
            <translation>This plan's own list.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="528" />
            <source>Theo hồ sơ đơn vị.</source>
            <translation>As in the unit profile.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="530" />
            <source>Kế hoạch này in nơi nhận của hồ sơ đơn vị. Thêm, xóa, sửa hay đổi thứ tự ở đây để kế hoạch có danh sách riêng.</source>
            <translation>This plan prints the unit profile's recipients. Add, remove, edit or reorder them here to give the plan a list of its own.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="573" />
            <source>Trích yếu không được để trống: đã giữ trích yếu cũ.</source>
            <translation>The subject line cannot be empty: the old one was kept.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="574" />
            <source>Tên phụ lục không được để trống: đã giữ tên cũ.</source>
            <translation>The appendix title cannot be empty: the old one was kept.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="602" />
            <source>Đổi hình thức ban hành sang {0}</source>
            <translation>Change the form of issue to {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="618" />
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="622" />
            <source>Nơi nhận</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="619" />
            <source>Mọi cơ quan trong phụ lục đã có trong nơi nhận.</source>
            <translation>Every agency of the appendix is already a recipient.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="623" />
            <source>Thêm {0} cơ quan có trong phụ lục vào nơi nhận?
{1}</source>
            <translation>Add {0} agencies of the appendix to the recipients?
{1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/parts_panel.py" line="626" />
            <source>Thêm các cơ quan trong phụ lục vào nơi nhận</source>
            <translation>Add the appendix's agencies to the recipients</translation>
        </message>
    </context>
    <context>
        <name>PasteTextDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/paste_text_dialog.py" line="31" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/paste_text_dialog.py" line="19" />
            <source>Dán văn bản kế hoạch</source>
            <translation>Paste the plan's text</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/paste_text_dialog.py" line="20" />
            <source>Mở kế hoạch của cấp trên (tệp PDF hoặc Word), bấm Ctrl+A để chọn hết, Ctrl+C để chép, rồi bấm vào ô dưới đây và Ctrl+V để dán. Phần mềm đọc các mục, bảng nhiệm vụ và cho xem lại trước khi nhập.</source>
            <translation>Open the upper level's plan (a PDF or Word file), press Ctrl+A to select everything and Ctrl+C to copy, then click in the box below and press Ctrl+V to paste. The program reads the sections and the task table and shows them to you before anything is imported.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/paste_text_dialog.py" line="26" />
            <source>Dán nội dung kế hoạch vào đây (Ctrl+V)</source>
            <translation>Paste the plan's text here (Ctrl+V)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/paste_text_dialog.py" line="28" />
            <source>Đọc văn bản</source>
            <translation>Read the text</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/pdf_preview.py" line="32" />
            <source>Vừa chiều rộng</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/pdf_preview.py" line="33" />
            <source>Cả trang</source>
            <translation>Whole page</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/pdf_preview.py" line="77" />
            <source>{0} trang</source>
            <translation>{0} pages</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/period_picker.py" line="20" />
            <source>Quý I</source>
            <translation>Quarter I</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/period_picker.py" line="21" />
            <source>6 tháng đầu năm</source>
            <translation>First half-year</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/period_picker.py" line="22" />
            <source>Quý III</source>
            <translation>Quarter III</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/period_picker.py" line="23" />
            <source>9 tháng</source>
            <translation>Nine months</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/period_picker.py" line="24" />
            <source>Cả năm</source>
            <translation>Whole year</translation>
        </message>
    </context>
    <context>
        <name>PlanBinDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="30" />
            <source>Thùng rác</source>
            <translation>Bin</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="34" />
            <source>Mã</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="34" />
            <source>Trích yếu</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="34" />
            <source>Bản đã ban hành</source>
            <translation>Issued versions</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="35" />
            <source>Xóa lúc</source>
            <translation>Deleted at</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="41" />
            <source>Thùng rác trống.</source>
            <translation>The bin is empty.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="42" />
            <source>Khôi phục</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="45" />
            <source>Xóa hẳn…</source>
            <translation>Delete for good…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="47" />
            <source>Chỉ xóa hẳn được kế hoạch chưa ban hành</source>
            <translation>Only a plan never issued can be deleted for good</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="54" />
            <source>Kế hoạch đã xóa được giữ ở đây, cùng các bản đã ban hành.</source>
            <translation>Deleted plans are kept here, with their issued versions.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="91" />
            <source>Đã khôi phục kế hoạch {0}.</source>
            <translation>Restored plan {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="98" />
            <source>Xóa hẳn</source>
            <translation>Delete for good</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/plan_bin_dialog.py" line="99" />
            <source>Xóa hẳn kế hoạch {0}? Không khôi phục được nữa.</source>
            <translation>Delete plan {0} for good? It cannot be restored afterwards.</translation>
        </message>
    </context>
    <context>
        <name>PlanChoice</name>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/plan_choice.py" line="35" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
    </context>
    <context>
        <name>PlanEditorPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="66" />
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="84" />
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="68" />
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="84" />
            <source>Làm lại</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="73" />
            <source>Tìm trong kế hoạch…</source>
            <translation>Find in the plan…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="73" />
            <source>Tìm và thay…</source>
            <translation>Find and replace…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="104" />
            <source>Thông tin chung</source>
            <translation>Document parts</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="105" />
            <source>Nội dung kế hoạch</source>
            <translation>Plan text</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="106" />
            <source>Phụ lục: nhiệm vụ</source>
            <translation>Appendix: tasks</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="119" />
            <source>&lt;h2&gt;Chưa có kế hoạch để soạn&lt;/h2&gt;&lt;p&gt;Hãy lập kế hoạch từ kế hoạch mẫu của cấp trên: vào trang «Kế hoạch», bấm «Lập kế hoạch mới…». Nếu chưa khai báo hồ sơ đơn vị, hãy khai báo trước ở trang «Hồ sơ đơn vị».&lt;/p&gt;</source>
            <translation>&lt;h2&gt;No plan to edit yet&lt;/h2&gt;&lt;p&gt;Create a plan from the level above's template: go to the “Plans” page and press “New plan…”. If the unit profile is not filled in yet, fill it in first on the “Unit profile” page.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="123" />
            <source>Đến trang Kế hoạch</source>
            <translation>Go to Plans</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="183" />
            <source>&lt;b&gt;Kế hoạch {0}&lt;/b&gt; · năm {1} · {2}</source>
            <translation>&lt;b&gt;Plan {0}&lt;/b&gt; · year {1} · {2}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="186" />
            <source>Đã ban hành. Sửa sẽ tạo một bản dự thảo mới; bản đã ban hành giữ nguyên.</source>
            <translation>Issued. Editing starts a new draft; the issued version stays as it is.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="191" />
            <source>Phụ lục: nhiệm vụ ({0})</source>
            <translation>Appendix: tasks ({0})</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="193" />
            <source>Nội dung kế hoạch ({0} mục)</source>
            <translation>Plan text ({0} sections)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plan_editor.py" line="197" />
            <source>Dự thảo. Mọi thay đổi được lưu ngay, không cần bấm Lưu.</source>
            <translation>Draft. Every change is saved at once; there is no Save button.</translation>
        </message>
    </context>
    <context>
        <name>PlanPeriodPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/plan_period_page.py" line="37" />
            <source>Kế hoạch:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/plan_period_page.py" line="38" />
            <source>Kỳ báo cáo:</source>
            <translation>Reporting period:</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="30" />
            <source>Dự thảo</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="31" />
            <source>Đã ban hành</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="37" />
            <source>&lt;h2&gt;Kế hoạch của đơn vị&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Your unit's plans&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="38" />
            <source>Lập kế hoạch mới…</source>
            <translation>New plan…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="40" />
            <source>Mở để soạn</source>
            <translation>Open in editor</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="42" />
            <source>Lập kế hoạch năm sau…</source>
            <translation>Next year's plan…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="45" />
            <source>Kế hoạch năm sau từ kế hoạch đang chọn: giữ nhiệm vụ, chuyển năm, đề xuất bỏ việc đã xong</source>
            <translation>Next year's plan from the selected one: tasks kept, dates moved to the new year, tasks done once proposed for removal</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="46" />
            <source>Nhân bản</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="48" />
            <source>Xóa…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="50" />
            <source>Thùng rác…</source>
            <translation>Bin…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="55" />
            <source>Mã</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="55" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="55" />
            <source>Trích yếu</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="55" />
            <source>Nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="55" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="64" />
            <source>Chưa có kế hoạch nào. Bấm «Lập kế hoạch mới…» để lập từ kế hoạch mẫu.</source>
            <translation>No plans yet. Press “New plan…” to create one from a template.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="156" />
            <source>Đã nhân bản thành kế hoạch {0}.</source>
            <translation>Duplicated as plan {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="164" />
            <source>Xóa kế hoạch</source>
            <translation>Delete plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="165" />
            <source>Xóa kế hoạch {0}? Kế hoạch vào thùng rác cùng các bản đã ban hành và khôi phục được.</source>
            <translation>Delete plan {0}? It goes to the bin with its issued versions and can be restored.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/plans.py" line="179" />
            <source>Đã chuyển kế hoạch {0} vào thùng rác.</source>
            <translation>Moved plan {0} to the bin.</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="112" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="59" />
            <source>Máy tính chưa cài máy in nào. Hãy cài máy in trong Windows, hoặc dùng «Xuất PDF…» rồi in tệp PDF ở máy khác.</source>
            <translation>No printer is installed on this computer. Install a printer in Windows, or use «Export PDF…» and print the PDF file on another computer.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="65" />
            <source>Tất cả ({0} trang)</source>
            <translation>All ({0} pages)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="67" />
            <source>Từ trang</source>
            <translation>From page</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="88" />
            <source>đến</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="95" />
            <source> bản</source>
            <translation> copies</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="96" />
            <source>In hai mặt</source>
            <translation>Print on both sides</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="101" />
            <source>Máy in:</source>
            <translation>Printer:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="103" />
            <source>Trang:</source>
            <translation>Pages:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="104" />
            <source>Số bản:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="107" />
            <source>In</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="130" />
            <source>Máy in này không in được hai mặt.</source>
            <translation>This printer cannot print on both sides.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="164" />
            <source>Hủy in</source>
            <translation>Cancel printing</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="192" />
            <source>Đang hủy in…</source>
            <translation>Cancelling the print…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/print_dialog.py" line="198" />
            <source>Đang in trang {0}/{1}…</source>
            <translation>Printing page {0}/{1}…</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="177" />
            <source>bắt buộc khi không thực hiện</source>
            <translation>required when not carried out</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="185" />
            <source>Trạng thái:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="186" />
            <source>Ngày hoàn thành:</source>
            <translation>Date completed:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="187" />
            <source>Lý do:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="189" />
            <source>Số liệu trong kỳ (cộng dồn)</source>
            <translation>Figures for the period (cumulative)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="204" />
            <source>Công văn số …, đường dẫn … rồi Enter</source>
            <translation>Letter no. …, a link … then Enter</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="205" />
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="207" />
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="228" />
            <source>Mở</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="209" />
            <source>Mở đường dẫn hoặc tệp ghi trong dòng minh chứng đang chọn</source>
            <translation>Open the address or file named in the selected evidence line</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="210" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="212" />
            <source>Xóa dòng minh chứng đang chọn (hoàn tác được)</source>
            <translation>Remove the selected evidence line (can be undone)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="213" />
            <source>Minh chứng</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="225" />
            <source>Đính kèm…</source>
            <translation>Attach…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="227" />
            <source>Chép một hay nhiều tệp vào thư mục dữ liệu, kèm nhiệm vụ này</source>
            <translation>Copy one or more files into the data folder, attached to this task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="230" />
            <source>Mở tệp đính kèm đang chọn bằng chương trình của máy</source>
            <translation>Open the selected attached file with this computer's program for it</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="231" />
            <source>Gỡ</source>
            <translation>Detach</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="233" />
            <source>Gỡ tệp đính kèm đang chọn khỏi nhiệm vụ (hoàn tác được)</source>
            <translation>Detach the selected file from the task (can be undone)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="237" />
            <source>Tệp đính kèm</source>
            <translation>Attached files</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="249" />
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="313" />
            <source>Chọn một nhiệm vụ trong bảng để ghi kết quả.</source>
            <translation>Select a task in the table to record its results.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="318" />
            <source>Nhiệm vụ {0}: {1}</source>
            <translation>Task {0}: {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="321" />
            <source>Kỳ này chưa ghi riêng: đang hiện kết quả lấy từ {0}. Khi sửa, kỳ này được ghi, bắt đầu từ các số liệu đó.</source>
            <translation>Nothing recorded for this period yet: showing the results from {0}. Editing records this period, starting from those figures.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="325" />
            <source>Nhiệm vụ có các nhiệm vụ con: trạng thái trong bảng tính từ chúng.</source>
            <translation>This task has subtasks: its status in the table is computed from them.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="391" />
            <source>Nhập ngày hoàn thành (rồi Enter) để lưu trạng thái «Hoàn thành».</source>
            <translation>Enter the completion date (then Enter) to save the status “Done”.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="398" />
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="425" />
            <source>Trạng thái «Không thực hiện» cần lý do: nhập lý do để lưu.</source>
            <translation>The status “Not carried out” needs a reason: enter it to save.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="413" />
            <source>«Hoàn thành» cần ngày hoàn thành: vẫn giữ ngày đã ghi.</source>
            <translation>"Done" needs its completion date: the recorded date is kept.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="462" />
            <source>Chọn tệp đính kèm</source>
            <translation>Choose a file to attach</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="463" />
            <source>Mọi tệp (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/progress_panel.py" line="473" />
            <source>Dòng minh chứng này không ghi đường dẫn hay tệp nào có trên máy: không có gì để mở.</source>
            <translation>This evidence line names no address or file on this computer: there is nothing to open.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="40" />
            <source>Tự động hằng ngày</source>
            <translation>Automatic, daily</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="41" />
            <source>Thủ công</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="42" />
            <source>Trước khi nâng cấp</source>
            <translation>Before an upgrade</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="43" />
            <source>Trước khi khôi phục</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="44" />
            <source>Cứu từ tệp hỏng</source>
            <translation>Salvaged from a damaged file</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="64" />
            <source>&lt;h2&gt;Khôi phục dữ liệu&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Data recovery&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="73" />
            <source>Chương trình không mở được tệp dữ liệu nên không ghi gì vào đó. Chọn một bản sao lưu rồi bấm «Khôi phục bản đã chọn» (bản mới nhất còn tốt thường là bản nên chọn). Nếu không có bản sao lưu phù hợp, bấm «Cứu dữ liệu còn đọc được»: chương trình chép mọi thứ còn đọc được sang một bản sao lưu mới để khôi phục. Tệp hỏng luôn được giữ lại trong thư mục «hong» của thư mục dữ liệu, không bao giờ bị xóa.</source>
            <translation>The program could not open the data file, so it writes nothing to it. Choose a backup and press «Restore the selected backup» (the newest good one is usually the one to choose). If no backup fits, press «Salvage what can still be read»: the program copies everything it can still read into a new backup to restore. The damaged file is always kept in the «hong» folder of the data folder and never deleted.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="82" />
            <source>Thời điểm</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="82" />
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="82" />
            <source>Kế hoạch</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="83" />
            <source>Sửa lần cuối</source>
            <translation>Last edit</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="83" />
            <source>Dung lượng</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="84" />
            <source>Tình trạng</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="94" />
            <source>Khôi phục bản đã chọn</source>
            <translation>Restore the selected backup</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="96" />
            <source>Cứu dữ liệu còn đọc được</source>
            <translation>Salvage what can still be read</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="98" />
            <source>Thử mở lại</source>
            <translation>Try to open again</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="100" />
            <location filename="../ccpropa_desktop/ui/recovery.py" line="257" />
            <source>Bắt đầu với kho dữ liệu trống</source>
            <translation>Start with an empty store</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="102" />
            <source>Mở thư mục dữ liệu</source>
            <translation>Open the data folder</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="126" />
            <source>Các bản sao lưu (mới nhất ở trên):</source>
            <translation>Backups (newest first):</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="136" />
            <source>Không mở được dữ liệu: {0}</source>
            <translation>The data could not be opened: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="151" />
            <source>Tốt</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="152" />
            <source>Hỏng: {0}</source>
            <translation>Damaged: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="168" />
            <source>Chưa có bản sao lưu nào trong thư mục «backups».</source>
            <translation>There is no backup in the «backups» folder yet.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="204" />
            <source>Khôi phục dữ liệu</source>
            <translation>Restore data</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="205" />
            <source>Khôi phục bản sao lưu lúc {0}? Tệp dữ liệu hiện tại được giữ lại (thư mục «hong» hoặc một bản sao lưu «trước khi khôi phục»).</source>
            <translation>Restore the backup of {0}? The current data file is kept (in the «hong» folder, or as a «before a restore» backup).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="220" />
            <source> Tệp hỏng được giữ lại ở {0}.</source>
            <translation> The damaged file is kept at {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="222" />
            <source> Trạng thái trước đó được lưu ở bản {0}.</source>
            <translation> The state before is kept in backup {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="223" />
            <source>Đã khôi phục {0}.</source>
            <translation>Restored {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="234" />
            <source>– {0}: {1} dòng{2}</source>
            <translation>– {0}: {1} rows{2}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="235" />
            <source> (đọc được một phần)</source>
            <translation> (partly readable)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="239" />
            <source>Đã chép được {0} kế hoạch sang bản sao lưu mới. Khôi phục ngay bản này?</source>
            <translation>{0} plans were copied into a new backup. Restore it now?</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="241" />
            <source>Dùng dữ liệu cứu được</source>
            <translation>Use the salvaged data</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="258" />
            <source>Chuyển tệp dữ liệu hiện tại sang thư mục «hong» (không xóa) và bắt đầu với kho dữ liệu trống? Chỉ nên làm khi không còn bản sao lưu nào dùng được.</source>
            <translation>Move the current data file into the «hong» folder (it is not deleted) and start with an empty store? Do this only when no backup can be used.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryWindow</name>
        <message>
            <location filename="../ccpropa_desktop/ui/recovery.py" line="277" />
            <source>Khôi phục dữ liệu — Tuyên truyền cải cách hành chính</source>
            <translation>Data recovery — Administrative reform communication</translation>
        </message>
    </context>
    <context>
        <name>ReportIssueDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/report_issue_dialog.py" line="16" />
            <source>Ghi số và ngày</source>
            <translation>Record number and date</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/report_issue_dialog.py" line="16" />
            <source>ví dụ 25</source>
            <translation>e.g. 25</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="45" />
            <source>Xuất PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="46" />
            <source>Xuất DOCX…</source>
            <translation>Export DOCX…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="47" />
            <source>Xuất XLSX…</source>
            <translation>Export XLSX…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="53" />
            <source>&lt;h2&gt;Báo cáo định kỳ&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Periodic reports&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="60" />
            <source>Soạn lại từ số liệu</source>
            <translation>Redraft from the figures</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="62" />
            <source>Lấy lại số liệu theo dõi mới nhất; phần đã sửa được giữ</source>
            <translation>Take the latest tracking figures again; your edits are kept</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="64" />
            <source>Ghi số, ngày…</source>
            <translation>Number and date…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="66" />
            <source>Nhập số và ngày ban hành của báo cáo (do văn thư cấp): bản in, bản xuất và gói báo cáo không còn là dự thảo</source>
            <translation>Enter the report's number and issue date (given by the records office): prints, exports and the report package are no longer drafts</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="69" />
            <source>In…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="71" />
            <source>In báo cáo đang xem</source>
            <translation>Print the report shown</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="85" />
            <source>Tạo gói báo cáo…</source>
            <translation>Create a report package…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="87" />
            <source>Một tệp .ccpr (số liệu và báo cáo PDF) để gửi cấp trên</source>
            <translation>One .ccpr file (figures and the PDF report) to send to the level above</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="90" />
            <source>Hồ sơ kiểm chứng…</source>
            <translation>Evidence binder…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="92" />
            <source>Một tệp .zip để tự chấm điểm Chỉ số CCHC: danh mục tài liệu kiểm chứng của kỳ, các tệp đính kèm, kế hoạch và báo cáo</source>
            <translation>One .zip for the PAR-index self-assessment: the period's evidence index, the attached files, the plan and the report</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="108" />
            <source>&lt;b&gt;Nội dung soạn thảo&lt;/b&gt; (lưu ngay khi gõ; soạn lại không ghi đè phần đã sửa)</source>
            <translation>&lt;b&gt;Drafted text&lt;/b&gt; (saved as you type; redrafting never overwrites your edits)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="115" />
            <source>In báo cáo</source>
            <translation>Print the report</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="122" />
            <source>Chưa có kế hoạch nào để báo cáo. Hãy lập kế hoạch ở trang «Kế hoạch», ghi kết quả thực hiện ở trang «Theo dõi thực hiện»; báo cáo của từng kỳ được soạn sẵn từ các số liệu đó.</source>
            <translation>There is no plan to report on yet. Create a plan on the “Plans” page and record results on the “Tracking” page; each period's report is drafted from those figures.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="125" />
            <source>Đến trang Kế hoạch</source>
            <translation>Go to Plans</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="158" />
            <source>&lt;b&gt;{0}&lt;/b&gt; · tỷ lệ hoàn thành {1} ({2}/{3} nhiệm vụ</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; · completion {1} ({2}/{3} tasks</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="161" />
            <source>; {0} không thực hiện, không tính</source>
            <translation>; {0} not carried out, not counted</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="164" />
            <source> · &lt;b&gt;số {0}/BC-{1}, ngày {2}&lt;/b&gt;</source>
            <translation> · &lt;b&gt;no. {0}/BC-{1}, dated {2}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="167" />
            <source> · dự thảo (chưa có số)</source>
            <translation> · draft (no number yet)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="171" />
            <source> · &lt;span style='color:#a61b1b'&gt;Cần soạn trước khi ban hành: {0}&lt;/span&gt;</source>
            <translation> · &lt;span style='color:#a61b1b'&gt;To draft before issuing: {0}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="219" />
            <source>Đang tạo văn bản…</source>
            <translation>Building the document…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="229" />
            <source>Đang xem: báo cáo {0}, số {1}/BC-{2} ngày {3}, đúng như sẽ in.</source>
            <translation>Showing: the report for {0}, no. {1}/BC-{2} of {3}, exactly as it will print.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="231" />
            <source>Đang xem: báo cáo {0} (dự thảo), đúng như sẽ in.</source>
            <translation>Showing: the report for {0} (draft), exactly as it will print.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="256" />
            <source>Số và ngày của báo cáo {0}</source>
            <translation>Number and date of the report for {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="257" />
            <source>Bản in, bản xuất và gói báo cáo sẽ mang số và ngày này, không còn chữ DỰ THẢO. Sửa nội dung sau đó vẫn được; ghi lại số, ngày ở đây nếu văn thư cấp số khác.</source>
            <translation>Prints, exports and the report package will carry this number and date, without the DRAFT mark. You can still edit the text afterwards; record the number and date again here if the records office gives another number.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="278" />
            <source>Đã ghi số {0}/BC-{1}, ngày {2} cho báo cáo {3}.</source>
            <translation>Recorded no. {0}/BC-{1}, dated {2}, for the report for {3}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="293" />
            <source>Đang tạo văn bản để in; bấm «In…» lại khi xem trước đã xong.</source>
            <translation>Making the document to print; press "Print…" again once the preview is ready.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="312" />
            <source>Đang xuất…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="327" />
            <source>Đang tạo gói báo cáo…</source>
            <translation>Creating the report package…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="331" />
            <source>Gói vừa tạo không hợp lệ: {0}</source>
            <translation>The package just created is not valid: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="334" />
            <source>Đã tạo gói báo cáo {0}: gửi tệp này cho cấp trên.</source>
            <translation>Created the report package {0}: send this file to the level above.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="351" />
            <source>Đang tạo hồ sơ kiểm chứng…</source>
            <translation>Making the evidence binder…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="356" />
            <source>Đang xem: báo cáo {0}, đúng như sẽ in.</source>
            <translation>Showing: the {0} report, exactly as it will print.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="358" />
            <source>Đã tạo hồ sơ kiểm chứng {0}: {1} nhiệm vụ, {2} tài liệu kiểm chứng ({3} tệp đính kèm).</source>
            <translation>Made the evidence binder {0}: {1} tasks, {2} pieces of evidence ({3} attached files).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="361" />
            <source>Chưa có tài liệu kiểm chứng: nhiệm vụ {0}.</source>
            <translation>No evidence yet: tasks {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="364" />
            <source>Thiếu hoặc hỏng {0} tệp (xem danh mục).</source>
            <translation>{0} files missing or damaged (see the index).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="365" />
            <source>Đã tạo hồ sơ kiểm chứng {0}</source>
            <translation>Made the evidence binder {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/reports.py" line="366" />
            <source>Hồ sơ kiểm chứng</source>
            <translation>Evidence binder</translation>
        </message>
    </context>
    <context>
        <name>RevoiceRulesBox</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="68" />
            <source>có sẵn</source>
            <translation>built-in</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="69" />
            <source>của đơn vị</source>
            <translation>the unit's own</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="80" />
            <source>Quy tắc viết lại lời văn</source>
            <translation>Wording rules</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="96" />
            <source>Từ kế hoạch mẫu cấp</source>
            <translation>From a template of level</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="98" />
            <source>sang đơn vị cấp</source>
            <translation>to a unit of level</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="104" />
            <source>Mã</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="104" />
            <source>Tìm</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="104" />
            <source>Thay bằng</source>
            <translation>Replace with</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="105" />
            <source>Tên</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="105" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="122" />
            <source>để trống: tự đặt</source>
            <translation>blank: chosen for you</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="125" />
            <source>Ví dụ: trên địa bàn tỉnh</source>
            <translation>e.g. trên địa bàn tỉnh</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="128" />
            <source>Ví dụ: trên địa bàn huyện</source>
            <translation>e.g. trên địa bàn huyện</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="131" />
            <source>để trống: «cụm từ cần tìm»</source>
            <translation>blank: «the text to find»</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="132" />
            <source>Lưu quy tắc</source>
            <translation>Save rule</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="134" />
            <source>Quy tắc mới</source>
            <translation>New rule</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="136" />
            <source>Tắt quy tắc có sẵn</source>
            <translation>Switch built-in rule off</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="138" />
            <source>Xóa quy tắc của đơn vị</source>
            <translation>Remove the unit's rule</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="140" />
            <source>Quy tắc có sẵn cùng mã (nếu có) được dùng lại.</source>
            <translation>The built-in rule with the same ID (if any) applies again.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="152" />
            <source>thay bằng</source>
            <translation>replace with</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="156" />
            <source>mã</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="158" />
            <source>Tìm:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="159" />
            <source>Tên:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="166" />
            <source>Cụm từ có thể dùng {from_area}, {to_area} (ví dụ «tỉnh Bắc Kạn», «huyện Sông Mã»), {from_kind}, {to_kind}, {from_year}, {to_year}. Trích dẫn văn bản, giai đoạn và ngày tháng không bao giờ bị thay.</source>
            <translation>Phrases may use {from_area}, {to_area} (e.g. «tỉnh Bắc Kạn», «huyện Sông Mã»), {from_kind}, {to_kind}, {from_year}, {to_year}. Citations of documents, periods and dates are never changed.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="211" />
            <source>(tắt)</source>
            <translation>(off)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="267" />
            <source>Đã lưu quy tắc {0}: «{1}» → «{2}».</source>
            <translation>Rule {0} saved: «{1}» → «{2}».</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="280" />
            <source>Đã tắt quy tắc {0}.</source>
            <translation>Rule {0} switched off.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="295" />
            <source>Đã xóa quy tắc riêng {0}.</source>
            <translation>The unit's rule {0} removed.</translation>
        </message>
    </context>
    <context>
        <name>SavedBar</name>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/saved_bar.py" line="39" />
            <source>Mở thư mục</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/saved_bar.py" line="45" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/saved_bar.py" line="35" />
            <source>Mở tệp</source>
            <translation>Open the file</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/saved_bar.py" line="62" />
            <source>Đã lưu {0} vào thư mục {1}</source>
            <translation>Saved {0} in the folder {1}</translation>
        </message>
    </context>
    <context>
        <name>SectionPanel</name>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="105" />
            <source>Thêm mục</source>
            <translation>Add section</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="105" />
            <source>Thêm mục con</source>
            <translation>Add subsection</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="105" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="106" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="106" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="106" />
            <source>Lùi vào</source>
            <translation>Indent</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="107" />
            <source>Lùi ra</source>
            <translation>Outdent</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="118" />
            <source>Xem bản gốc</source>
            <translation>Show original</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="125" />
            <source>Mỗi đoạn văn một dòng (Enter để sang đoạn mới).</source>
            <translation>One paragraph per line (Enter starts a new paragraph).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="135" />
            <source>&amp;Tiêu đề</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="137" />
            <source>&amp;Nội dung (mỗi đoạn một dòng; đoạn tô màu là đoạn khác kế hoạch mẫu)</source>
            <translation>&amp;Text (one paragraph per line; coloured paragraphs differ from the template)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="148" />
            <source>Chọn một mục bên trái để sửa tiêu đề và nội dung.</source>
            <translation>Select a section on the left to edit its title and text.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="238" />
            <source>&lt;b&gt;Mục {0}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Section {0}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/section_panel.py" line="267" />
            <source>Tiêu đề mục không được để trống: đã giữ tiêu đề cũ.</source>
            <translation>A section title cannot be empty: the old title was kept.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="51" />
            <source>Tự động hằng ngày</source>
            <translation>Automatic, daily</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="52" />
            <source>Thủ công (bấm «Sao lưu ngay»)</source>
            <translation>Manual (“Back up now”)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="53" />
            <source>Trước khi nâng cấp</source>
            <translation>Before an upgrade</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="54" />
            <source>Trước khi khôi phục</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="55" />
            <source>Cứu từ tệp hỏng</source>
            <translation>Salvaged from a damaged file</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="301" />
            <source>&lt;h2&gt;Cài đặt&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="308" />
            <source>Áp dụng</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="310" />
            <source>Văn bản in ra (kế hoạch, báo cáo) luôn bằng tiếng Việt theo Nghị định 30/2020/NĐ-CP; chỉ giao diện đổi ngôn ngữ.</source>
            <translation>Printed documents (plans, reports) are always in Vietnamese, as Decree 30/2020/NĐ-CP requires; only the interface changes language.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="313" />
            <source>Ngôn ngữ giao diện</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="326" />
            <source>Mở thư mục</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="331" />
            <source>Thư mục dữ liệu</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="340" />
            <source>Sao lưu ngay</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="345" />
            <source>Thời điểm</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="345" />
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="345" />
            <source>Dung lượng</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="356" />
            <source>Chương trình tự sao lưu mỗi ngày (giữ 14 bản gần nhất) và trước mỗi lần nâng cấp. Các bản sao nằm trong thư mục «backups» của thư mục dữ liệu.</source>
            <translation>The program backs up automatically every day (keeping the last 14) and before every upgrade. Backups are in the “backups” folder inside the data folder.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="359" />
            <source>Sao lưu</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="363" />
            <source>Khôi phục bản đã chọn</source>
            <translation>Restore the selected backup</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="394" />
            <source>Tệp dữ liệu: {0} ({1}). Sao chép cả thư mục này để chuyển sang máy khác.</source>
            <translation>Data file: {0} ({1}). Copy this whole folder to move to another computer.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="411" />
            <source>Đổi ngôn ngữ</source>
            <translation>Change language</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="412" />
            <source>Đã lưu ngôn ngữ mới. Khởi động lại chương trình để mọi màn hình dùng ngôn ngữ này.</source>
            <translation>The new language is saved. Restart the program so that every screen uses it.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="414" />
            <source>Khởi động lại ngay</source>
            <translation>Restart now</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="415" />
            <source>Để sau</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="459" />
            <source>Đã sao lưu: {0}</source>
            <translation>Backed up: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="466" />
            <source>Chọn một bản sao lưu trong bảng để khôi phục.</source>
            <translation>Choose a backup in the table to restore.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="470" />
            <source>Khôi phục bản sao lưu lúc {0}? Mọi thay đổi sau lúc đó sẽ không còn trong dữ liệu đang dùng; trạng thái hiện tại được giữ lại thành một bản sao lưu «trước khi khôi phục».</source>
            <translation>Restore the backup of {0}? Changes made after it will no longer be in the data in use; the current state is kept as a «before a restore» backup.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="473" />
            <source>Khôi phục dữ liệu</source>
            <translation>Restore data</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/settings.py" line="491" />
            <source>Đã khôi phục {0}.</source>
            <translation>Restored {0}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="560" />
            <source>Lập kế hoạch</source>
            <translation>Create plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="561" />
            <source>Kiểm tra lại rồi bấm «Lập kế hoạch». Sau đó có thể sửa mọi nội dung trong trang Soạn kế hoạch.</source>
            <translation>Check, then press “Create plan”. Everything can be edited afterwards on the Plan editor page.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="566" />
            <source>Đơn vị:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="566" />
            <source>Kế hoạch mẫu:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="567" />
            <source>Năm:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="567" />
            <source>Trích yếu:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="568" />
            <source>Nhiệm vụ:</source>
            <translation>Tasks:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="568" />
            <source>Đổi tên cơ quan:</source>
            <translation>Agency renaming:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="569" />
            <source>Lời văn:</source>
            <translation>Wording:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="578" />
            <source>Các nhiệm vụ:</source>
            <translation>Tasks:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="590" />
            <source>{0} trên {1} nhiệm vụ của kế hoạch mẫu</source>
            <translation>{0} of the template's {1} tasks</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="592" />
            <source>{0} quy tắc</source>
            <translation>{0} rules</translation>
        </message>
    </context>
    <context>
        <name>TaskDelegate</name>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/delegate.py" line="56" />
            <source>Enter: lưu ô này · Shift+Enter: xuống dòng · Esc: bỏ sửa</source>
            <translation>Enter: save this cell · Shift+Enter: new line · Esc: cancel the edit</translation>
        </message>
    </context>
    <context>
        <name>TaskPanel</name>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="60" />
            <source>Thêm nhiệm vụ</source>
            <translation>Add task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="60" />
            <source>Thêm nhiệm vụ con</source>
            <translation>Add subtask</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="61" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="61" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="61" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="62" />
            <source>Lùi vào</source>
            <translation>Indent</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="62" />
            <source>Lùi ra</source>
            <translation>Outdent</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="70" />
            <source>Bấm đúp hoặc gõ vào ô để sửa; Enter lưu ô, Shift+Enter xuống dòng. Chấm cam: đã sửa so với kế hoạch mẫu; chấm xanh: nhiệm vụ thêm mới.</source>
            <translation>Double-click or type in a cell to edit; Enter saves the cell, Shift+Enter adds a line. Orange dot: edited from the template; green dot: a new task.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="102" />
            <source>Xem bản gốc</source>
            <translation>Show original</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="106" />
            <source>So sánh nhiệm vụ đang chọn với kế hoạch mẫu (Ctrl+Shift+G)</source>
            <translation>Compare the selected task with the template (Ctrl+Shift+G)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="209" />
            <source>Sửa «{0}» của nhiệm vụ {1}</source>
            <translation>Edit “{0}” of task {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/task_panel.py" line="263" />
            <source>Dùng lại bản gốc cho nhiệm vụ {0}</source>
            <translation>Restore the original of task {0}</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <location filename="../ccpropa_desktop/ui/models/task_table.py" line="130" />
            <source>Nhiệm vụ thêm mới, không có trong kế hoạch mẫu</source>
            <translation>New task, not in the template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/task_table.py" line="134" />
            <source>Đã sửa so với kế hoạch mẫu: {0}</source>
            <translation>Edited from the template: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/task_table.py" line="135" />
            <source>Giữ nguyên như kế hoạch mẫu (nhiệm vụ {0} của mẫu)</source>
            <translation>As in the template (its task {0})</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/task_table.py" line="142" />
            <source>(trống)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/task_table.py" line="143" />
            <source>Đã sửa so với kế hoạch mẫu. Bản gốc: {0}</source>
            <translation>Edited from the template. Original: {0}</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="275" />
            <source>Chọn nhiệm vụ</source>
            <translation>Choose tasks</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="276" />
            <source>Các nhiệm vụ liên quan đến đơn vị đã được đánh dấu sẵn, kèm lý do. Đánh dấu thêm hoặc bỏ đánh dấu tùy tình hình của đơn vị.</source>
            <translation>The tasks that concern your unit are ticked already, each with its reason. Tick or untick tasks to suit your unit.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="279" />
            <source>TT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="279" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="279" />
            <source>Cơ quan chủ trì</source>
            <translation>Lead agency</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="280" />
            <source>Lý do đề xuất</source>
            <translation>Why proposed</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="291" />
            <source>Chọn tất cả</source>
            <translation>Select all</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="293" />
            <source>Bỏ chọn tất cả</source>
            <translation>Select none</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="295" />
            <source>Theo đề xuất</source>
            <translation>As proposed</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="325" />
            <source>Không thấy cấp hoặc tên của đơn vị trong cột chủ trì, phối hợp</source>
            <translation>Your unit's level or name is not in the lead or coordinating columns</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="349" />
            <source>Đã chọn {0}/{1} nhiệm vụ</source>
            <translation>{0}/{1} tasks chosen</translation>
        </message>
    </context>
    <context>
        <name>TemplatePage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="139" />
            <source>Chọn kế hoạch mẫu và năm</source>
            <translation>Choose the template and the year</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="140" />
            <source>Kế hoạch mới được lập từ kế hoạch mẫu, thường là kế hoạch của cấp trên. Nhiệm vụ, nội dung và tên cơ quan sẽ được chuyển sang đơn vị của bạn.</source>
            <translation>A new plan is built from a template, usually the plan of the level above. Its tasks, text and agency names are carried over to your unit.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="148" />
            <source>&lt;b&gt;Chưa có hồ sơ đơn vị.&lt;/b&gt;&lt;br&gt;Kế hoạch cần tên đơn vị, cấp hành chính, địa danh và người ký. Hãy khai báo hồ sơ đơn vị trước, rồi quay lại lập kế hoạch.</source>
            <translation>&lt;b&gt;No unit profile yet.&lt;/b&gt;&lt;br&gt;A plan needs the unit's name, administrative level, place name and signer. Fill in the unit profile first, then come back to create the plan.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="151" />
            <source>Đến trang Hồ sơ đơn vị</source>
            <translation>Go to Unit profile</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="160" />
            <source>Kế hoạch mẫu</source>
            <translation>Template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="160" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing agency</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="161" />
            <source>Cấp</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="161" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="161" />
            <source>Số nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="185" />
            <source>Năm của kế hoạch:</source>
            <translation>Plan year:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="248" />
            <source>Văn bản: {0}.</source>
            <translation>Document: {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/new_plan_wizard.py" line="249" />
            <source>Đề xuất cho {0}: {1} trên {2} nhiệm vụ; bước sau cho phép chọn lại từng nhiệm vụ.</source>
            <translation>Proposed for {0}: {1} of {2} tasks; the next step lets you choose task by task.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="180" />
            <source>&lt;h2&gt;Kế hoạch mẫu&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Templates&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="183" />
            <source>Tìm (không cần gõ dấu)…</source>
            <translation>Search (diacritics optional)…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="184" />
            <source>Tìm trong tên, các mục và nhiệm vụ của mọi mẫu; gõ không dấu cũng được: «tuyen truyen» tìm ra «tuyên truyền».</source>
            <translation>Searches the names, sections and tasks of every template; diacritics are optional: “tuyen truyen” finds “tuyên truyền”.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="192" />
            <source>Không có mẫu nào chứa nội dung cần tìm.</source>
            <translation>No template contains what you are looking for.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="196" />
            <source>Nhập kế hoạch từ tệp…</source>
            <translation>Import a plan from a file…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="199" />
            <source>Nhập kế hoạch cấp trên gửi về (tệp .docx, .pdf, hoặc .txt chép từ PDF) để làm mẫu.</source>
            <translation>Import a plan sent by the level above (a .docx or .pdf file, or a .txt copied from a PDF) as a template.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="201" />
            <source>Dán văn bản…</source>
            <translation>Paste text…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="203" />
            <source>Dán nội dung kế hoạch chép từ tệp PDF (Ctrl+A, Ctrl+C trong trình xem PDF) khi không có tệp Word</source>
            <translation>Paste the plan's text copied from a PDF (Ctrl+A, Ctrl+C in the PDF viewer) when there is no Word file</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="223" />
            <source>Lập kế hoạch từ mẫu này</source>
            <translation>Create a plan from this template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="262" />
            <source>Nhân bản</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="264" />
            <source>Một bản sao sửa được, kể cả của mẫu có sẵn</source>
            <translation>An editable copy, also of a built-in template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="265" />
            <source>Đổi tên…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="267" />
            <source>Xóa…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="326" />
            <source>Mẫu có sẵn chỉ đọc: hãy nhân bản để sửa</source>
            <translation>Built-in templates are read-only: duplicate to edit</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="345" />
            <source>Đã nhân bản thành mẫu {0}.</source>
            <translation>Duplicated as template {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="351" />
            <source>Đổi tên kế hoạch mẫu</source>
            <translation>Rename template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="351" />
            <source>Tên mới:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="360" />
            <source>Đã đổi tên mẫu {0}.</source>
            <translation>Renamed template {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="366" />
            <source>Xóa kế hoạch mẫu</source>
            <translation>Delete template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="367" />
            <source>Xóa kế hoạch mẫu {0}? Các kế hoạch đã lập từ mẫu này vẫn giữ nguyên.</source>
            <translation>Delete template {0}? Plans built from it stay as they are.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="375" />
            <source>Đã xóa mẫu {0}.</source>
            <translation>Deleted template {0}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="383" />
            <source>có sẵn</source>
            <translation>built-in</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="383" />
            <source>đã nhập</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="384" />
            <source>{0} · {1} nhiệm vụ · {2}</source>
            <translation>{0} · {1} tasks · {2}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="404" />
            <source>Khớp tìm kiếm: {0} nhiệm vụ, {1} mục (tô vàng).</source>
            <translation>Search matches: {0} tasks, {1} sections (highlighted).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="421" />
            <source>Chọn một mẫu ở danh sách bên trái để xem nội dung.</source>
            <translation>Select a template in the list on the left to see its content.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="422" />
            <source>Phụ lục nhiệm vụ</source>
            <translation>Task appendix</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="423" />
            <source>Các mục</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="430" />
            <source>Phụ lục: {0} nhiệm vụ</source>
            <translation>Appendix: {0} tasks</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="431" />
            <source>Các mục ({0})</source>
            <translation>Sections ({0})</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="445" />
            <source>Kế hoạch</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="445" />
            <source>Quyết định ban hành Kế hoạch</source>
            <translation>Decision issuing a Plan</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="448" />
            <source>số {0}</source>
            <translation>no. {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="451" />
            <source>ngày {0}</source>
            <translation>dated {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="527" />
            <source>Chọn tệp kế hoạch cần nhập</source>
            <translation>Choose the plan file to import</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="528" />
            <source>Kế hoạch (*.docx *.pdf *.txt *.ccpt);;Văn bản Word (*.docx);;Tệp PDF (*.pdf);;Văn bản thuần (*.txt);;Gói kế hoạch mẫu của cấp trên (*.ccpt)</source>
            <translation>Plans (*.docx *.pdf *.txt *.ccpt);;Word documents (*.docx);;PDF files (*.pdf);;Plain text (*.txt);;Template packages from the level above (*.ccpt)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="546" />
            <source>Đang đọc {0}…</source>
            <translation>Reading {0}…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="564" />
            <source>Đã đọc tệp {0}:</source>
            <translation>Read the file {0}:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="565" />
            <source>Đã đọc văn bản dán:</source>
            <translation>Read the pasted text:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="566" />
            <source>Nhập kế hoạch mẫu</source>
            <translation>Import a template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="569" />
            <source>Nhập thành bản sao</source>
            <translation>Import as a copy</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="569" />
            <source>Nhập làm mẫu</source>
            <translation>Import as template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="571" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="585" />
            <source>Đã nhập kế hoạch mẫu.</source>
            <translation>Template imported.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="602" />
            <source>Tên: {0}</source>
            <translation>Name: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="603" />
            <source>Tìm thấy {0} mục và {1} nhiệm vụ ở phụ lục.</source>
            <translation>Found {0} sections and {1} appendix tasks.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="606" />
            <source>CẢNH BÁO: văn bản có vẻ bị lỗi nhận dạng chữ (OCR), khoảng {0}% số từ bị mất dấu hoặc có ký tự lạ. Chỉ nhập khi chấp nhận sửa tay sau.</source>
            <translation>WARNING: the text looks damaged by character recognition (OCR): about {0}% of its words lost their diacritics or hold odd characters. Import it only if you accept correcting it by hand afterwards.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="610" />
            <source>Không tìm thấy bảng phụ lục (nhiệm vụ): chỉ nhập phần nội dung. Phụ lục phải thêm bằng tay trong trang «Soạn kế hoạch» sau khi lập kế hoạch.</source>
            <translation>No appendix (task table) was found: only the body is imported. The appendix must be added by hand in the «Plan editor» once a plan is made from it.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="614" />
            <source>Văn bản dùng bảng mã {0}, đã chuyển sang Unicode.</source>
            <translation>The text used the {0} encoding and was converted to Unicode.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="617" />
            <source>{0} dòng đã nhập nhưng cần kiểm tra (các ô được xếp theo phỏng đoán):</source>
            <translation>{0} rows imported that need checking (their cells were placed by a guess):</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="624" />
            <source>{0} dòng không xếp được vào đâu (sẽ bỏ qua):</source>
            <translation>{0} lines could not be placed (they will be left out):</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="634" />
            <source>Tệp này đã là kế hoạch mẫu «{0}». Nhập thêm một bản sao để sửa riêng?</source>
            <translation>This file is already the template «{0}». Import another copy to edit on its own?</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="637" />
            <source>Nhập làm kế hoạch mẫu? Sau khi nhập vẫn xem lại được ở trang này.</source>
            <translation>Import as a template? You can review it on this page afterwards.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/templates.py" line="642" />
            <source>văn bản dán</source>
            <translation>pasted text</translation>
        </message>
    </context>
    <context>
        <name>TrackingPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="62" />
            <source>&lt;h2&gt;Theo dõi thực hiện&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Tracking&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="68" />
            <source>Chỉ hiện việc quá hạn hoặc đến hạn trong kỳ</source>
            <translation>Show only tasks overdue or due in the period</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="137" />
            <source>Chưa có kế hoạch nào để theo dõi. Hãy lập kế hoạch của năm ở trang «Kế hoạch» (và ban hành ở trang «Ban hành và in»); sau đó ghi kết quả từng nhiệm vụ theo kỳ báo cáo tại đây.</source>
            <translation>There is no plan to track yet. Create the year's plan on the “Plans” page (and issue it on “Issue and print”); then record each task's results by reporting period here.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="140" />
            <source>Đến trang Kế hoạch</source>
            <translation>Go to Plans</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="166" />
            <source>&lt;b&gt;{0}&lt;/b&gt;: số liệu từ {1} đến {2} · hạn báo cáo {3} · tình hình tính đến hết ngày {4}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: figures from {1} to {2} · report due {3} · progress as of the end of {4}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="174" />
            <source>Quá hạn: {0} · Đến hạn trong kỳ, chưa xong: {1} · Hoàn thành: {2}/{3}</source>
            <translation>Overdue: {0} · Due in the period, not done: {1} · Done: {2}/{3}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="247" />
            <source>Đã lưu nhiệm vụ {0}, {1}.</source>
            <translation>Saved task {0}, {1}.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="263" />
            <source>Máy không mở được {0}: chưa có chương trình nào mở loại tệp này.</source>
            <translation>This computer could not open {0}: no program is set up for this kind of file.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="266" />
            <source>Đã mở {0}</source>
            <translation>Opened {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="278" />
            <source>Đã xóa dòng minh chứng «{0}».</source>
            <translation>Removed the evidence line "{0}".</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="282" />
            <source>Đã gỡ tệp «{0}».</source>
            <translation>Detached the file "{0}".</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/tracking.py" line="307" />
            <source>Đã hoàn tác: đã đặt lại như trước.</source>
            <translation>Undone: put back as it was.</translation>
        </message>
    </context>
    <context>
        <name>TrackingTable</name>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="43" />
            <source>TT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="44" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="45" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="46" />
            <source>Hạn</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="47" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="48" />
            <source>Ngày xong</source>
            <translation>Date done</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="49" />
            <source>Tình hình</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="50" />
            <source>Số liệu</source>
            <translation>Figures</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="55" />
            <source>Chưa triển khai</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="56" />
            <source>Đang thực hiện</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="57" />
            <source>Hoàn thành</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="58" />
            <source>Không thực hiện</source>
            <translation>Not carried out</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="61" />
            <source>trong hạn</source>
            <translation>on schedule</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="62" />
            <source>quá hạn</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="63" />
            <source>đúng hạn</source>
            <translation>on time</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="64" />
            <source>hoàn thành</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="65" />
            <source>hoàn thành trễ hạn</source>
            <translation>done late</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="66" />
            <source>không có hạn</source>
            <translation>no due date</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="67" />
            <source>không thực hiện</source>
            <translation>not carried out</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="71" />
            <source>Tin, bài</source>
            <translation>News items, articles</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="72" />
            <source>Chuyên mục</source>
            <translation>Regular features</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="73" />
            <source>Buổi phát thanh</source>
            <translation>Broadcasts</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="74" />
            <source>Hội nghị</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="75" />
            <source>Lượt người</source>
            <translation>Attendances</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="76" />
            <source>Pano, băng rôn, khẩu hiệu</source>
            <translation>Billboards, banners, slogans</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="77" />
            <source>Tờ rơi, tờ gấp</source>
            <translation>Leaflets, folders</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="78" />
            <source>Cuộc thi</source>
            <translation>Contests</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="79" />
            <source>Kinh phí (đồng)</source>
            <translation>Funds (VND)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="137" />
            <source>{0} lần</source>
            <translation>{0} times</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="195" />
            <source>không đọc được hạn</source>
            <translation>due date not understood</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="196" />
            <source>Thời gian thực hiện: {0}
{1}: {2}</source>
            <translation>Schedule: {0}
{1}: {2}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="201" />
            <source>Tính từ các nhiệm vụ con</source>
            <translation>Computed from the subtasks</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/tracking_table.py" line="204" />
            <source>Chưa ghi riêng cho kỳ này: lấy từ {0}</source>
            <translation>Not recorded for this period: taken from {0}</translation>
        </message>
    </context>
    <context>
        <name>UnitProfilePage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="58" />
            <source>Tên cơ quan chủ quản chỉ gồm các dòng chữ.</source>
            <translation>The parent agency's name must be lines of text.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="59" />
            <source>Nhập tên cơ quan ban hành, mỗi dòng như trên văn bản (ví dụ ỦY BAN NHÂN DÂN).</source>
            <translation>Enter the issuing agency's name, line by line as printed (e.g. ỦY BAN NHÂN DÂN).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="61" />
            <source>Nhập chữ viết tắt dùng trong số văn bản, không có dấu cách (ví dụ UBND, SNV).</source>
            <translation>Enter the abbreviation used in document numbers, without spaces (e.g. UBND, SNV).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="63" />
            <source>Chọn cấp hành chính của đơn vị.</source>
            <translation>Choose the unit's administrative level.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="64" />
            <source>Nhập địa danh ghi ở dòng ngày tháng (ví dụ Sông Mã).</source>
            <translation>Enter the place name for the date line (e.g. Sông Mã).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="65" />
            <source>Nhập thông tin người ký.</source>
            <translation>Enter the signer.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="66" />
            <source>Nhập quyền hạn ký (ví dụ TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH).</source>
            <translation>Enter the signing authority (e.g. TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="68" />
            <source>Nhập chức vụ người ký (ví dụ CHỦ TỊCH).</source>
            <translation>Enter the signer's position (e.g. CHỦ TỊCH).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="69" />
            <source>Nhập họ và tên người ký.</source>
            <translation>Enter the signer's full name.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="70" />
            <source>Danh sách nơi nhận không hợp lệ.</source>
            <translation>The recipient list is not valid.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="71" />
            <source>Danh bạ cơ quan không hợp lệ.</source>
            <translation>The agency directory is not valid.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="72" />
            <source>Tên gọi ngắn không hợp lệ.</source>
            <translation>Invalid short name.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="73" />
            <source>Nhập chữ viết tắt của đơn vị soạn thảo trên một dòng (ví dụ NV, CCHC).</source>
            <translation>Enter the drafting unit's abbreviation on one line (e.g. NV, CCHC).</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="227" />
            <source>&lt;h2&gt;Hồ sơ đơn vị&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Unit profile&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="229" />
            <source>Chào mừng! Trước khi lập kế hoạch, hãy khai báo đơn vị của mình một lần: tên cơ quan như in trên văn bản, cấp hành chính, địa danh, người ký, nơi nhận và các cơ quan, đơn vị trực thuộc. Các mục có dấu * là bắt buộc; có thể sửa lại bất cứ lúc nào.</source>
            <translation>Welcome! Before creating a plan, describe your unit once: the agency name as printed on documents, the administrative level, the place name, the signer, the recipients and your agencies. Fields marked * are required; you can change them at any time.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="239" />
            <source>Ví dụ: UBND TỈNH SƠN LA (để trống nếu là UBND)</source>
            <translation>E.g. UBND TỈNH SƠN LA (leave empty for a UBND)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="240" />
            <source>Ví dụ:
ỦY BAN NHÂN DÂN
HUYỆN SÔNG MÃ</source>
            <translation>E.g.:
ỦY BAN NHÂN DÂN
HUYỆN SÔNG MÃ</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="241" />
            <source>Ví dụ: UBND, SNV, PNV</source>
            <translation>E.g. UBND, SNV, PNV</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="248" />
            <source>Ví dụ: Sông Mã</source>
            <translation>E.g. Sông Mã</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="250" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing agency</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="254" />
            <source>Tên cơ quan chủ quản:</source>
            <translation>Parent agency name:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="255" />
            <source>Tên cơ quan ban hành *:</source>
            <translation>Issuing agency name *:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="256" />
            <source>Chữ viết tắt *:</source>
            <translation>Abbreviation *:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="257" />
            <source>Tên gọi ngắn:</source>
            <translation>Short name:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="258" />
            <source>Cấp *:</source>
            <translation>Level *:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="259" />
            <source>Địa danh *:</source>
            <translation>Place name *:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="264" />
            <source>Ví dụ: Lò Văn Sinh</source>
            <translation>E.g. Lò Văn Sinh</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="265" />
            <source>Người ký thường lệ</source>
            <translation>Usual signer</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="268" />
            <source>Quyền hạn ký *:</source>
            <translation>Signing authority *:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="269" />
            <source>Chức vụ *:</source>
            <translation>Position *:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="270" />
            <source>Họ và tên *:</source>
            <translation>Full name *:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="273" />
            <source>Thêm nơi nhận, ví dụ: Sở Nội vụ tỉnh</source>
            <translation>Add a recipient, e.g. Sở Nội vụ tỉnh</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="276" />
            <source>Thêm cơ quan, ví dụ: Phòng Nội vụ</source>
            <translation>Add an agency, e.g. Phòng Nội vụ</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="280" />
            <source>Ví dụ: NV, CCHC</source>
            <translation>E.g. NV, CCHC</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="284" />
            <source>Nơi nhận thường lệ (theo thứ tự in)</source>
            <translation>Usual recipients (in printed order)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="290" />
            <source>Đơn vị soạn thảo:</source>
            <translation>Drafting unit:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="293" />
            <source>Danh bạ cơ quan, đơn vị (dùng khi giao nhiệm vụ)</source>
            <translation>Agency directory (used when assigning tasks)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="299" />
            <source>Lưu hồ sơ</source>
            <translation>Save profile</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="457" />
            <source>Dòng cuối của nơi nhận khi in: {0}</source>
            <translation>Last recipients line as printed: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="459" />
            <source>Để trống để dùng: {0}</source>
            <translation>Leave empty to use: {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="461" />
            <source>Ví dụ: UBND huyện Sông Mã</source>
            <translation>E.g. UBND huyện Sông Mã</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="465" />
            <source>Còn {0} mục bắt buộc chưa điền đúng.</source>
            <translation>{0} required fields are not filled in correctly yet.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="467" />
            <source>Có thay đổi chưa lưu.</source>
            <translation>There are unsaved changes.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="469" />
            <source>Hồ sơ đã lưu.</source>
            <translation>Profile saved.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="474" />
            <source>Có dòng quá dài: mỗi dòng tối đa {0} ký tự.</source>
            <translation>A line is too long: at most {0} characters per line.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="476" />
            <source>Quá dài: tối đa {0} ký tự.</source>
            <translation>Too long: at most {0} characters.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="478" />
            <source>Quá nhiều dòng: tối đa {0} dòng.</source>
            <translation>Too many lines: at most {0} lines.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="494" />
            <source>Đã lưu hồ sơ đơn vị.</source>
            <translation>Unit profile saved.</translation>
        </message>
    </context>
    <context>
        <name>WordingPage</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="55" />
            <source>nội dung</source>
            <translation>content</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="56" />
            <source>hình thức</source>
            <translation>form</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="57" />
            <source>chủ trì</source>
            <translation>lead</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="58" />
            <source>phối hợp</source>
            <translation>partners</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="59" />
            <source>thời gian</source>
            <translation>schedule</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="60" />
            <source>sản phẩm</source>
            <translation>product</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="61" />
            <source>ghi chú</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="123" />
            <source>Lời văn của đơn vị</source>
            <translation>Your unit's wording</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="125" />
            <source>Lời văn của kế hoạch mẫu được viết lại cho đơn vị (địa danh, cấp, năm); trích dẫn văn bản, giai đoạn và ngày tháng giữ nguyên. Bỏ đánh dấu chỗ nào muốn giữ như kế hoạch mẫu.</source>
            <translation>The template's wording is rewritten for your unit (place, level, year); citations of documents, periods and dates stay as they are. Untick whatever should stay as the template says it.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="139" />
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="369" />
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="373" />
            <source>Giữ nguyên lời văn của mẫu</source>
            <translation>Keep the template's wording</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="141" />
            <source>Không viết lại chỗ nào; tên cơ quan vẫn được đổi theo bước trước.</source>
            <translation>Rewrite nothing; agencies are still renamed as in the previous step.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="143" />
            <source>Mở hết</source>
            <translation>Expand all</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="145" />
            <source>Thu gọn</source>
            <translation>Collapse all</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="151" />
            <source>Quy tắc và các chỗ cần viết lại</source>
            <translation>Rules and the places to rewrite</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="151" />
            <source>Viết thành</source>
            <translation>Becomes</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="152" />
            <source>Ở đâu</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="240" />
            <source>Không tìm được các chỗ cần viết lại; kế hoạch sẽ được lập với mọi chỗ đề xuất.</source>
            <translation>The places to rewrite could not be found; the plan will be created with every proposed change.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="258" />
            <source>Chọn một chỗ trong danh sách để xem cả đoạn văn.</source>
            <translation>Choose a place in the list to see its whole paragraph.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="264" />
            <source>{0} → {1} chỗ</source>
            <translation>{0} → {1} places</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="269" />
            <source>{0} (mã quy tắc: {1})</source>
            <translation>{0} (rule ID: {1})</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="296" />
            <source>Trích yếu</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="298" />
            <source>Tên phụ lục</source>
            <translation>Appendix title</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="300" />
            <source>Phần kết, đoạn {0}</source>
            <translation>Closing, paragraph {0}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="304" />
            <source>Mục {0}, tiêu đề</source>
            <translation>Section {0}, title</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="305" />
            <source>Mục {0}, đoạn {1}</source>
            <translation>Section {0}, paragraph {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="308" />
            <source>Nhiệm vụ {0}, {1}</source>
            <translation>Task {0}, {1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="368" />
            <source>Viết lại mọi chỗ đề xuất</source>
            <translation>Rewrite every proposed place</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="371" />
            <source>Không có gì cần viết lại</source>
            <translation>Nothing to rewrite</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="375" />
            <source>Viết lại {0} trên {1} chỗ đề xuất</source>
            <translation>Rewrite {0} of {1} proposed places</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="380" />
            <source>Đang tìm các chỗ cần viết lại…</source>
            <translation>Finding the places to rewrite…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="384" />
            <source>Không có gì cần viết lại: kế hoạch mẫu cùng cơ quan ban hành và cùng năm với kế hoạch này.</source>
            <translation>Nothing to rewrite: the template has the same issuer and the same year as this plan.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="387" />
            <source>Không có gì cần viết lại: lời văn của kế hoạch mẫu đã là của đơn vị.</source>
            <translation>Nothing to rewrite: the template's wording is already your unit's.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="389" />
            <source>Giữ nguyên lời văn của mẫu: không viết lại chỗ nào trong {0} chỗ đề xuất.</source>
            <translation>Keeping the template's wording: none of the {0} proposed places is rewritten.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="393" />
            <source>Đề xuất viết lại {0} chỗ theo {1} quy tắc; sẽ viết lại {2} chỗ.</source>
            <translation>{0} places proposed by {1} rules; {2} will be rewritten.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/wording_review.py" line="416" />
            <source>«{0}» → «{1}»: {2} chỗ. Chọn một chỗ bên trên để xem cả đoạn văn.</source>
            <translation>«{0}» → «{1}»: {2} places. Choose one above to see its whole paragraph.</translation>
        </message>
    </context>
    <context>
        <name>_SectionBox</name>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/report_sections.py" line="50" />
            <source>Đoạn mở đầu</source>
            <translation>Opening paragraph</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/report_sections.py" line="55" />
            <source>Dùng lại bản tự soạn</source>
            <translation>Use the drafted text again</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/report_sections.py" line="79" />
            <source>Cần soạn</source>
            <translation>To draft</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/report_sections.py" line="82" />
            <source>Đã sửa</source>
            <translation>Edited</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/report_sections.py" line="85" />
            <source>Tự soạn</source>
            <translation>Drafted</translation>
        </message>
    </context>
    <context>
        <name>levels</name>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="44" />
            <source>Tỉnh</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="45" />
            <source>Sở, ban, ngành</source>
            <translation>Provincial department</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="46" />
            <source>Huyện</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="47" />
            <source>Phòng (cấp huyện)</source>
            <translation>District office</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/pages/unit_profile.py" line="48" />
            <source>Xã, phường, đặc khu</source>
            <translation>Commune, ward, special zone</translation>
        </message>
    </context>
    <context>
        <name>NumberDateDialog</name>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/number_date_dialog.py" line="50" />
            <source>Số văn bản:</source>
            <translation>Document number:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/number_date_dialog.py" line="51" />
            <source>Ngày ban hành:</source>
            <translation>Date of issue:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/dialogs/number_date_dialog.py" line="59" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRemove</name>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="22" />
            <source>Xóa nhiệm vụ</source>
            <translation>Delete task</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="23" />
            <source>Xóa nhiệm vụ {0} cùng {1} nhiệm vụ con của nó?</source>
            <translation>Delete task {0} and its {1} subtasks?</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="24" />
            <source>Xóa nhiệm vụ {0}?</source>
            <translation>Delete task {0}?</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="25" />
            <source>Có thể hoàn tác bằng Ctrl+Z. Số liệu theo dõi đã nhập cho các nhiệm vụ này (nếu có) bị xóa theo và không hoàn tác được.</source>
            <translation>Ctrl+Z undoes this. Tracking figures entered for these tasks (if any) are deleted with them and cannot be restored.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="28" />
            <source>Xóa mục</source>
            <translation>Delete section</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="29" />
            <source>Xóa mục {0} cùng {1} mục con của nó?</source>
            <translation>Delete section {0} and its {1} subsections?</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="30" />
            <source>Xóa mục {0}?</source>
            <translation>Delete section {0}?</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="31" />
            <source>Có thể hoàn tác bằng Ctrl+Z.</source>
            <translation>Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="38" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/editor/confirm.py" line="39" />
            <source>Không xóa</source>
            <translation>Keep</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../ccpropa_desktop/ui/errors.py" line="50" />
            <source>Dữ liệu bị hỏng</source>
            <translation>The data is damaged</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/errors.py" line="51" />
            <source>Mở trang khôi phục</source>
            <translation>Open the recovery page</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/errors.py" line="52" />
            <source>Để sau</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/errors.py" line="58" />
            <source>Không thực hiện được</source>
            <translation>Could not be done</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/errors.py" line="67" />
            <source>Lỗi không mong đợi</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/errors.py" line="68" />
            <source>Đã xảy ra lỗi trong chương trình. Dữ liệu đã lưu không bị ảnh hưởng.
Hãy gửi nội dung chi tiết bên dưới cho bộ phận hỗ trợ.</source>
            <translation>The program hit an error. Saved data is not affected.
Please send the details below to support.</translation>
        </message>
    </context>
    <context>
        <name>SectionTreeModel</name>
        <message>
            <location filename="../ccpropa_desktop/ui/models/section_tree.py" line="29" />
            <source>Mục thêm mới, không có trong kế hoạch mẫu</source>
            <translation>New section, not in the template</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/section_tree.py" line="31" />
            <source>Đã sửa so với kế hoạch mẫu: tiêu đề</source>
            <translation>Edited from the template: title</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/section_tree.py" line="33" />
            <source>Đã sửa so với kế hoạch mẫu: nội dung</source>
            <translation>Edited from the template: text</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/section_tree.py" line="35" />
            <source>Đã sửa so với kế hoạch mẫu: tiêu đề và nội dung</source>
            <translation>Edited from the template: title and text</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/models/section_tree.py" line="36" />
            <source>Giữ nguyên như kế hoạch mẫu</source>
            <translation>As in the template</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../ccpropa_desktop/ui/printing.py" line="74" />
            <source>Không đọc được văn bản để in.</source>
            <translation>The document to print could not be read.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/printing.py" line="98" />
            <source>Không mở được máy in.</source>
            <translation>The printer could not be opened.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/printing.py" line="193" />
            <source>Đã hủy in: {0}/{1} trang đã gửi tới máy in.</source>
            <translation>Printing cancelled: {0}/{1} pages were sent to the printer.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/printing.py" line="194" />
            <source>Đã gửi {0} trang tới máy in.</source>
            <translation>Sent {0} pages to the printer.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="138" />
            <source>Tìm (không cần gõ dấu)</source>
            <translation>Find (accents optional)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="147" />
            <source>Kết quả trước (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="151" />
            <source>Kết quả tiếp (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="156" />
            <source>Đóng (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="160" />
            <source>Tìm:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="176" />
            <source>Trang này không có danh sách để tìm.</source>
            <translation>This page has no list to search.</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="195" />
            <source>Đang tìm…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="199" />
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="215" />
            <source>Không thấy</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="210" />
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="226" />
            <source>{0}/{1}</source>
            <translation>{0}/{1}</translation>
        </message>
        <message>
            <location filename="../ccpropa_desktop/ui/widgets/find_bar.py" line="252" />
            <source>Tìm…</source>
            <translation>Find…</translation>
        </message>
    </context>
</TS>
