; Inno Setup script: one setup.exe, no network at install time, installs without admin rights.
; Compiled by installer/build.py (ISCC /DAppVersion=… /DBundleDir=…) after PyInstaller has built
; the onedir bundle. Saved as UTF-8 with a BOM so the Vietnamese strings come out right.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\build\windows\dist\ccpropa-desktop"
#endif

[Setup]
AppId={{6F4B3C1E-2B7D-4C8E-9A51-CCB0A2D5E701}
AppName=Tuyên truyền CCHC (ccpropa-desktop)
AppVersion={#AppVersion}
AppVerName=Tuyên truyền CCHC {#AppVersion}
AppPublisher=ccpropa-desktop
VersionInfoVersion={#AppVersion}
VersionInfoProductName=ccpropa-desktop
VersionInfoDescription=Tuyên truyền cải cách hành chính: bộ cài đặt
#ifdef WineSmokeTest
; Test time only (installer/build.py under wine): wine 8 cannot expand {autopf} for a per-user
; install, so the smoke-test build names the folder real Windows would give. Never shipped.
DefaultDirName={localappdata}\Programs\ccpropa-desktop
#else
DefaultDirName={autopf}\ccpropa-desktop
#endif
DefaultGroupName=Tuyên truyền CCHC
DisableProgramGroupPage=yes
; An officer without admin rights installs for themselves (%LOCALAPPDATA%\Programs); an admin may
; choose "for all users" in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs 64-bit Windows 10 1809 or later.
MinVersion=10.0.17763
OutputDir=..\dist
#ifdef WineSmokeTest
OutputBaseFilename=ccpropa-desktop-{#AppVersion}-setup-winetest
#else
OutputBaseFilename=ccpropa-desktop-{#AppVersion}-setup
#endif
SetupIconFile=..\resources\icons\ccpropa.ico
UninstallDisplayIcon={app}\ccpropa-desktop.exe
UninstallDisplayName=Tuyên truyền CCHC (ccpropa-desktop)
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Vietnamese Windows gets the Vietnamese wizard, any other the English; the dialog only when unsure.
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "vi"; MessagesFile: "Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.AppMenuName=Tuyên truyền cải cách hành chính
en.AppMenuName=Administrative reform propaganda (ccpropa-desktop)
vi.PackageType=Gói báo cáo tuyên truyền CCHC
en.PackageType=CCHC propaganda report package
vi.DesktopIconTask=Tạo biểu tượng trên màn hình (Desktop)
en.DesktopIconTask=Create a desktop icon
vi.AssociateTask=Mở gói báo cáo (.ccpr) và gói kế hoạch mẫu (.ccpt) bằng chương trình này
en.AssociateTask=Open report packages (.ccpr) and template packages (.ccpt) with this program
vi.TemplatePackageType=Gói kế hoạch mẫu tuyên truyền CCHC
en.TemplatePackageType=CCHC propaganda plan template package
vi.OpenNow=Mở chương trình
en.OpenNow=Start the program

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateTask}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\{cm:AppMenuName}"; Filename: "{app}\ccpropa-desktop.exe"
Name: "{autoprograms}\{cm:UninstallProgram,{cm:AppMenuName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppMenuName}"; Filename: "{app}\ccpropa-desktop.exe"; Tasks: desktopicon

[Registry]
; The .ccpr association, for this user (HKA is HKCU in a per-user install): a double-click opens the
; aggregate page, which shows what the package holds and offers to import it.
Root: HKA; Subkey: "Software\Classes\.ccpr"; ValueType: string; ValueName: ""; ValueData: "ccpropa.package"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.ccpr\OpenWithProgids"; ValueType: string; ValueName: "ccpropa.package"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\ccpropa.package"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\ccpropa.package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ccpropa-desktop.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\ccpropa.package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ccpropa-desktop.exe"" ""%1"""; Tasks: associate
; .ccpt: a plan sent down by the level above, opened on the template import.
Root: HKA; Subkey: "Software\Classes\.ccpt"; ValueType: string; ValueName: ""; ValueData: "ccpropa.template"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.ccpt\OpenWithProgids"; ValueType: string; ValueName: "ccpropa.template"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\ccpropa.template"; ValueType: string; ValueName: ""; ValueData: "{cm:TemplatePackageType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\ccpropa.template\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ccpropa-desktop.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\ccpropa.template\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ccpropa-desktop.exe"" ""%1"""; Tasks: associate

[Run]
Filename: "{app}\ccpropa-desktop.exe"; Description: "{cm:OpenNow}"; Flags: nowait postinstall skipifsilent

; The data folder (%LOCALAPPDATA%\ccpropa-desktop) is never touched: uninstalling keeps the plans.
