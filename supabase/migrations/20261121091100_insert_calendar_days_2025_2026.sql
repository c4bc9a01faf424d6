-- Holidays and make-up working days for 2025 and 2026, from the State Council notices:
-- 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12) and
-- 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04). 2027 is not published yet and is left out.

insert into public.calendar_days (day, kind, name_zh, name_en)
select d::date, 'holiday', h.name_zh, h.name_en
from (values
	(date '2025-01-01', date '2025-01-01', '元旦', 'New Year''s Day'),
	(date '2025-01-28', date '2025-02-04', '春节', 'Spring Festival'),
	(date '2025-04-04', date '2025-04-06', '清明节', 'Qingming Festival'),
	(date '2025-05-01', date '2025-05-05', '劳动节', 'Labour Day'),
	(date '2025-05-31', date '2025-06-02', '端午节', 'Dragon Boat Festival'),
	(date '2025-10-01', date '2025-10-08', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
	(date '2026-01-01', date '2026-01-03', '元旦', 'New Year''s Day'),
	(date '2026-02-15', date '2026-02-23', '春节', 'Spring Festival'),
	(date '2026-04-04', date '2026-04-06', '清明节', 'Qingming Festival'),
	(date '2026-05-01', date '2026-05-05', '劳动节', 'Labour Day'),
	(date '2026-06-19', date '2026-06-21', '端午节', 'Dragon Boat Festival'),
	(date '2026-09-25', date '2026-09-27', '中秋节', 'Mid-Autumn Festival'),
	(date '2026-10-01', date '2026-10-07', '国庆节', 'National Day')
) as h (first_day, last_day, name_zh, name_en)
cross join lateral generate_series(h.first_day, h.last_day, interval '1 day') as d;

insert into public.calendar_days (day, kind, name_zh, name_en)
values
	(date '2025-01-26', 'workday', '春节调休上班', 'Spring Festival make-up working day'),
	(date '2025-02-08', 'workday', '春节调休上班', 'Spring Festival make-up working day'),
	(date '2025-04-27', 'workday', '劳动节调休上班', 'Labour Day make-up working day'),
	(date '2025-09-28', 'workday', '国庆节、中秋节调休上班', 'National Day make-up working day'),
	(date '2025-10-11', 'workday', '国庆节、中秋节调休上班', 'National Day make-up working day'),
	(date '2026-01-04', 'workday', '元旦调休上班', 'New Year make-up working day'),
	(date '2026-02-14', 'workday', '春节调休上班', 'Spring Festival make-up working day'),
	(date '2026-02-28', 'workday', '春节调休上班', 'Spring Festival make-up working day'),
	(date '2026-05-09', 'workday', '劳动节调休上班', 'Labour Day make-up working day'),
	(date '2026-09-20', 'workday', '国庆节调休上班', 'National Day make-up working day'),
	(date '2026-10-10', 'workday', '国庆节调休上班', 'National Day make-up working day');
