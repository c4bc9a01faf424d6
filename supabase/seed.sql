-- Demonstration data for the local stack (applied once, on a fresh database): two 松江 blocks from the
-- sources (方松街道第三街区 and 高科技街区), their alliance places, facilities, events, reports, the 开店明白卡
-- checklist and a storefront's history, plus demo accounts (supabase/local/demo-accounts.ts lists them).
--
-- Everything here is marked is_demo and labelled in the blocks' notes. The sources give no coordinates:
-- positions are approximate WGS-84 points laid along the named streets, not surveyed. Businesses named in
-- the sources keep their names (their hours here are illustrative); all others are fictional, marked
-- （演示）, and have no house numbers.

-- Acting as a demo user where the database records who did something (reporter, staff, supporter).
create function pg_temp.act_as(user_id uuid)
returns void
language sql
as $$
	select set_config(
		'request.jwt.claims',
		case when user_id is null then '' else json_build_object('sub', user_id, 'role', 'authenticated')::text end,
		false
	);
$$;

-- Demo accounts ---------------------------------------------------------------------------------------
-- Password for all: nuanxin-demo-2026 (local only).
insert into auth.users (
	id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data,
	created_at, updated_at, confirmation_token, recovery_token, email_change_token_new, email_change
)
select
	u.id, 'authenticated', 'authenticated', u.email,
	extensions.crypt('nuanxin-demo-2026', extensions.gen_salt('bf')),
	now(), '{"provider": "email", "providers": ["email"]}'::jsonb,
	jsonb_build_object('display_name', u.display_name), now(), now(), '', '', '', ''
from (values
	('20000000-0000-4000-8000-000000000001'::uuid, 'rider.xiaowang@example.com', '小王（骑手）'),
	('20000000-0000-4000-8000-000000000002'::uuid, 'merchant.zhang@example.com', '张师傅（电动车维修）'),
	('20000000-0000-4000-8000-000000000003'::uuid, 'staff.fangsong3@example.com', '朱书记（第三街区）'),
	('20000000-0000-4000-8000-000000000004'::uuid, 'staff.gaokeji@example.com', '顾书记（高科技街区）'),
	('20000000-0000-4000-8000-000000000005'::uuid, 'shop.zhou@example.com', '周姐（想开面馆）')
) as u (id, email, display_name);

insert into auth.identities (id, user_id, provider_id, provider, identity_data, last_sign_in_at, created_at, updated_at)
select gen_random_uuid(), u.id, u.id::text, 'email',
	jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true), now(), now(), now()
from auth.users u
where u.id::text like '20000000-0000-4000-8000-%';

-- Hosted Supabase Auth keeps instance_id on users; the local auth schema has no such column.
do $$
begin
	if exists (
		select 1 from information_schema.columns
		where table_schema = 'auth' and table_name = 'users' and column_name = 'instance_id'
	) then
		execute $sql$
			update auth.users set instance_id = '00000000-0000-0000-0000-000000000000'
			where id::text like '20000000-0000-4000-8000-%'
		$sql$;
	end if;
end
$$;

-- Blocks ----------------------------------------------------------------------------------------------
insert into public.blocks (
	id, slug, name_zh, name_en, district_zh, district_en, street_office_zh, street_office_en,
	centre_lat, centre_lng, min_lat, min_lng, max_lat, max_lng, hotline,
	office_address_zh, office_address_en, office_hours_zh, office_hours_en, note_zh, note_en, is_demo
) values
(
	'10000000-0000-4000-8000-000000000001', 'fangsong-3',
	'方松街道第三街区', 'Fangsong Subdistrict Block 3', '松江区', 'Songjiang District',
	'方松街道', 'Fangsong Subdistrict',
	31.0410, 121.1870, 31.0300, 121.1680, 31.0520, 121.2060,
	'021-37772736',
	'文涵路商业街 街区党支部阵地', 'Block party branch office, Wenhan Road shopping street',
	'周一至周五 9:00–17:00；专线24小时', 'Mon–Fri 9:00–17:00; hotline 24 h',
	'演示数据。街区范围据公开讲稿：东起沈泾塘、南邻沪昆高速、西沿油墩港、北至文翔路。地图坐标为按街道走向估算的近似位置（WGS-84），未经实地测量；除讲稿中出现的商户外，店名均为虚构。专线号码取自公开讲稿。',
	'Demonstration data. Block limits as given in a public talk: Shenjingtang creek (east), the Shanghai–Kunming expressway (south), Youdungang river (west), Wenxiang Road (north). Map positions are approximate WGS-84 points laid along the streets, not surveyed; shops not named in the talk are fictional. The hotline number is quoted from the talk.',
	true
),
(
	'10000000-0000-4000-8000-000000000002', 'gaokeji',
	'高科技街区', 'Hi-Tech Block', '松江区', 'Songjiang District',
	'九亭镇（推断）', 'Jiuting Town (inferred)',
	31.1335, 121.2985, 31.1255, 121.2890, 31.1415, 121.3080,
	null,
	'九亭大街 街区党支部阵地', 'Block party branch office, Jiuting Main Street',
	'周一至周五 9:00–17:00', 'Mon–Fri 9:00–17:00',
	'演示数据。公开讲稿未给出街区边界和所属街镇，据其提到的九亭大街推断在九亭镇。地图坐标为近似位置（WGS-84），未经实地测量；除讲稿中出现的商户外，店名均为虚构。',
	'Demonstration data. The public talk gives neither the limits nor the town of this block; Jiuting is inferred from its mention of Jiuting Main Street. Map positions are approximate WGS-84 points, not surveyed; shops not named in the talk are fictional.',
	true
);

insert into public.block_staff (block_id, user_id, role, title_zh, title_en) values
	('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003', 'secretary', '街区党支部书记', 'Block party branch secretary'),
	('10000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000004', 'secretary', '专职街区党支部书记', 'Full-time block party branch secretary');

insert into public.block_contacts (block_id, role, name_zh, name_en, phone, note_zh, note_en, position) values
	('10000000-0000-4000-8000-000000000001', 'hotline', '新兴领域诉求帮助服务专线', 'Help line for new-economy workers', '021-37772736', '24小时在线；夜间纠纷也可求助', 'Answered 24 h, night-time disputes included', 0),
	('10000000-0000-4000-8000-000000000001', 'secretary', '朱书记', 'Secretary Zhu', '021-37772736', '经专线转接', 'Through the hotline', 1),
	('10000000-0000-4000-8000-000000000001', 'community_police', '社区警员', 'Community police officer', null, '"6大员"之一，经专线转接', 'One of the six block officers; through the hotline', 2),
	('10000000-0000-4000-8000-000000000001', 'market_supervisor', '市场监督员', 'Market supervisor', null, '食品安全、证照咨询', 'Food safety and licences', 3),
	('10000000-0000-4000-8000-000000000001', 'law_enforcement', '综合执法员', 'City management officer', null, '店招、占道、油烟扰民', 'Signs, street occupation, fumes', 4),
	('10000000-0000-4000-8000-000000000001', 'business_service', '营商服务员', 'Business service officer', null, '惠企政策、开办指导', 'Business support and opening advice', 5),
	('10000000-0000-4000-8000-000000000001', 'grid_worker', '网格工作员', 'Grid worker', null, '街面问题上报', 'Street problems', 6),
	('10000000-0000-4000-8000-000000000001', 'general_assistant', '综合协管员', 'General assistant', null, null, null, 7),
	('10000000-0000-4000-8000-000000000002', 'secretary', '顾书记', 'Secretary Gu', null, '开店明白卡、商户联盟', 'Shop-opening card, merchant alliance', 0),
	('10000000-0000-4000-8000-000000000002', 'office', '街区党支部阵地', 'Block office', null, '工作日来访；街区服务日每月第三个周三', 'Walk in on working days; service day every third Wednesday', 1);
-- Places ----------------------------------------------------------------------------------------------
-- Verified by the block secretary; confirmed_at is relative to seeding time, so freshness looks real.
insert into public.places (
	id, block_id, tier, category, name_zh, name_en, address_zh, address_en, lat, lng, discount_zh,
	discount_en, verified_at, verified_by, confirmed_at, is_demo
) values
	('30000000-0000-4000-8000-000000000101', '10000000-0000-4000-8000-000000000001', 'window', 'life', '世尊科美养生会', 'Shizun Beauty & Wellness Club', '文涵路（月亮河段）', 'Wenhan Road (Yueliang He section)', 31.04362, 121.18412, null, null, '2025-09-02 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '2 days', true),
	('30000000-0000-4000-8000-000000000102', '10000000-0000-4000-8000-000000000001', 'window', 'life', '小象超市（昌鑫内街）', 'Xiaoxiang Supermarket (Changxin Inner Street)', '昌鑫内街', 'Changxin Inner Street', 31.04580, 121.19420, null, null, '2025-09-02 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '12 days', true),
	('30000000-0000-4000-8000-000000000103', '10000000-0000-4000-8000-000000000001', 'facility', 'safety', '小哥安心线·骑手停车区', 'Rider parking area ("peace-of-mind line")', '昌鑫内街，小象超市旁约80米绿篱边空地', 'Open ground by the hedge, about 80 m from Xiaoxiang Supermarket, Changxin Inner Street', 31.04632, 121.19480, null, null, '2025-09-02 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '20 days', true),
	('30000000-0000-4000-8000-000000000104', '10000000-0000-4000-8000-000000000001', 'facility', 'safety', '文涵路街面电动自行车充电桩', 'Street e-bike chargers, Wenhan Road', '文涵路沿街（街区道路共92个充电桩）', 'Along Wenhan Road (92 chargers on the blocks streets)', 31.04335, 121.18850, null, null, '2025-09-10 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '5 days', true),
	('30000000-0000-4000-8000-000000000105', '10000000-0000-4000-8000-000000000001', 'facility', 'safety', '上泰绅苑集中充电点', 'Shangtai Shenyuan shared charging point', '上泰绅苑小区内', 'Inside the Shangtai Shenyuan compound', 31.04490, 121.18960, null, null, '2025-09-10 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '60 days', true),
	('30000000-0000-4000-8000-000000000106', '10000000-0000-4000-8000-000000000001', 'window', 'life', '燕归来健康科技', 'Yanguilai Health Technology', '文涵路（原野段）', 'Wenhan Road (Yuanye section)', 31.04340, 121.17900, null, null, '2025-10-08 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '9 days', true),
	('30000000-0000-4000-8000-000000000107', '10000000-0000-4000-8000-000000000001', 'window', 'medical', '太乙堂艾灸体验中心', 'Taiyitang Moxibustion Centre', '文涵路（华亭段）', 'Wenhan Road (Huating section)', 31.04365, 121.18100, null, null, '2025-10-08 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '30 days', true),
	('30000000-0000-4000-8000-000000000108', '10000000-0000-4000-8000-000000000001', 'window', 'medical', '松德口腔', 'Songde Dental', '文涵路（华亭段）', 'Wenhan Road (Huating section)', 31.04338, 121.18230, null, null, '2025-10-08 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '14 days', true),
	('30000000-0000-4000-8000-000000000109', '10000000-0000-4000-8000-000000000001', 'window', 'dining', '文涵小院', 'Wenhan Courtyard', '文诚路与文涵路交叉口', 'Corner of Wencheng Road and Wenhan Road', 31.04372, 121.19068, null, null, '2025-09-16 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '4 days', true),
	('30000000-0000-4000-8000-000000000110', '10000000-0000-4000-8000-000000000001', 'window', 'dining', '蒋关良面店', 'Jiang Guanliang Noodles', '文涵路（上泰段）', 'Wenhan Road (Shangtai section)', 31.04338, 121.18700, null, null, '2025-09-16 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '3 days', true),
	('30000000-0000-4000-8000-000000000111', '10000000-0000-4000-8000-000000000001', 'window', 'medical', '暖新便民药房（演示）', 'Nuanxin Pharmacy (demo)', '文涵路（德邑段）', 'Wenhan Road (Deyi section)', 31.04328, 121.19380, '骑手购买创可贴、藿香正气水等九折', '10% off plasters, Huoxiang Zhengqi and similar for riders', '2025-09-16 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '1 days', true),
	('30000000-0000-4000-8000-000000000112', '10000000-0000-4000-8000-000000000001', 'window', 'safety', '张师傅电动车维修（演示）', 'Master Zhang E-bike Repair (demo)', '弘翔路', 'Hongxiang Road', 31.04420, 121.17705, '补胎、换刹车片工时费八折', '20% off labour for tyres and brake pads', '2025-09-16 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '6 days', true),
	('30000000-0000-4000-8000-000000000113', '10000000-0000-4000-8000-000000000001', 'window', 'dining', '天翔路早点铺（演示）', 'Tianxiang Road Breakfast (demo)', '天翔路', 'Tianxiang Road', 31.04455, 121.18345, '骑手豆浆免费续杯', 'Free soy-milk refills for riders', '2025-10-20 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '8 days', true),
	('30000000-0000-4000-8000-000000000114', '10000000-0000-4000-8000-000000000001', 'window', 'life', '德邑24小时便利店（演示）', 'Deyi 24-hour Convenience Store (demo)', '文涵路（德邑段）', 'Wenhan Road (Deyi section)', 31.04318, 121.19520, null, null, '2025-10-20 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '2 days', true),
	('30000000-0000-4000-8000-000000000115', '10000000-0000-4000-8000-000000000001', 'window', 'dining', '月亮河夜宵烧烤（演示）', 'Yueliang He Late-night Barbecue (demo)', '文涵路（月亮河段）', 'Wenhan Road (Yueliang He section)', 31.04372, 121.18560, null, null, '2025-10-20 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '25 days', true),
	('30000000-0000-4000-8000-000000000116', '10000000-0000-4000-8000-000000000001', 'facility', 'life', '思涌路健康步道公共厕所', 'Public toilet, Siyong Road fitness trail', '思涌路健康步道', 'Siyong Road fitness trail', 31.04010, 121.19160, null, null, '2025-09-02 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '40 days', true),
	('30000000-0000-4000-8000-000000000117', '10000000-0000-4000-8000-000000000001', 'window', 'dining', '华亭快餐（演示）', 'Huating Fast Food (demo)', '文涵路（华亭段）', 'Wenhan Road (Huating section)', 31.04362, 121.18290, '骑手工作餐立减3元', '¥3 off set meals for riders', '2025-11-05 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '11 days', true),
	('30000000-0000-4000-8000-000000000118', '10000000-0000-4000-8000-000000000001', 'window', 'life', '原野水果店（演示）', 'Yuanye Fruit Shop (demo)', '文涵路（原野段）', 'Wenhan Road (Yuanye section)', 31.04362, 121.17780, null, null, '2025-11-05 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '45 days', true),
	('30000000-0000-4000-8000-000000000119', '10000000-0000-4000-8000-000000000001', 'window', 'dining', '海德小面馆（演示）', 'Haide Noodle Bar (demo)', '海德名园东大门沿街', 'Shops by the east gate of Haide Mingyuan', 31.04705, 121.19250, null, null, '2025-11-05 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '7 days', true),
	('30000000-0000-4000-8000-000000000120', '10000000-0000-4000-8000-000000000001', 'window', 'dining', '润峰苑茶饮（演示）', 'Runfengyuan Tea Bar (demo)', '润峰苑沿街', 'Shops along Runfengyuan', 31.04880, 121.19010, '骑手免费续冰水', 'Free iced-water refills for riders', '2025-11-05 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '16 days', true),
	('30000000-0000-4000-8000-000000000121', '10000000-0000-4000-8000-000000000001', 'window', 'dining', '弘翔路小炒店（演示）', 'Hongxiang Road Stir-fry (demo)', '弘翔路', 'Hongxiang Road', 31.04480, 121.17690, null, null, '2025-09-16 10:00+08', '20000000-0000-4000-8000-000000000003', now() - interval '200 days', true),
	('30000000-0000-4000-8000-000000000201', '10000000-0000-4000-8000-000000000002', 'station', 'life', '高科技街区小哥驿站', 'Hi-Tech Block Riders Station', '九亭大街（沪松公路口以南）', 'Jiuting Main Street, south of Husong Road', 31.13620, 121.29880, null, null, '2025-08-15 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '1 days', true),
	('30000000-0000-4000-8000-000000000202', '10000000-0000-4000-8000-000000000002', 'point', 'life', '茸城e家·高科技街区服务点', 'Rongcheng e-Home service point, Hi-Tech Block', '九亭大街', 'Jiuting Main Street', 31.13290, 121.29830, null, null, '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '3 days', true),
	('30000000-0000-4000-8000-000000000203', '10000000-0000-4000-8000-000000000002', 'window', 'dining', '老乡鸡（九亭大街）', 'Laoxiangji (Jiuting Main Street)', '九亭大街', 'Jiuting Main Street', 31.13450, 121.29905, '当季过生日的骑手，在小哥生日会享免费生日餐', 'Riders with a birthday this season get a free birthday meal at the riders birthday party', '2025-08-20 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '4 days', true),
	('30000000-0000-4000-8000-000000000204', '10000000-0000-4000-8000-000000000002', 'window', 'dining', '禾味小厨（演示）', 'Hewei Kitchen (demo)', '九亭大街', 'Jiuting Main Street', 31.13180, 121.29815, '骑手套餐减3元', '¥3 off rider set meals', '2025-09-05 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '18 days', true),
	('30000000-0000-4000-8000-000000000205', '10000000-0000-4000-8000-000000000002', 'window', 'dining', '阿婆馄饨（演示）', 'Grannys Wontons (demo)', '九亭大街', 'Jiuting Main Street', 31.13050, 121.29890, null, null, '2025-09-05 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '5 days', true),
	('30000000-0000-4000-8000-000000000206', '10000000-0000-4000-8000-000000000002', 'window', 'dining', '九亭烧腊饭（演示）', 'Jiuting Roast Meat Rice (demo)', '沪松公路', 'Husong Road', 31.13790, 121.29520, null, null, '2025-09-05 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '9 days', true),
	('30000000-0000-4000-8000-000000000207', '10000000-0000-4000-8000-000000000002', 'window', 'dining', '夜猫子烧烤（演示）', 'Night Owl Barbecue (demo)', '沪松公路', 'Husong Road', 31.13772, 121.30150, null, null, '2025-09-05 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '13 days', true),
	('30000000-0000-4000-8000-000000000208', '10000000-0000-4000-8000-000000000002', 'window', 'dining', '川香麻辣烫（演示）', 'Chuanxiang Malatang (demo)', '九亭大街', 'Jiuting Main Street', 31.13520, 121.29820, '满20元减2元', '¥2 off orders over ¥20', '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '2 days', true),
	('30000000-0000-4000-8000-000000000209', '10000000-0000-4000-8000-000000000002', 'window', 'dining', '福记快餐（演示）', 'Fuji Fast Food (demo)', '沪松公路', 'Husong Road', 31.13785, 121.29700, null, null, '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '22 days', true),
	('30000000-0000-4000-8000-000000000210', '10000000-0000-4000-8000-000000000002', 'window', 'medical', '益寿堂大药房（演示）', 'Yishoutang Pharmacy (demo)', '九亭大街', 'Jiuting Main Street', 31.13380, 121.29915, '骑手凭工牌购药九五折', '5% off medicines for riders with a work badge', '2025-08-20 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '3 days', true),
	('30000000-0000-4000-8000-000000000211', '10000000-0000-4000-8000-000000000002', 'window', 'medical', '康民药房（演示）', 'Kangmin Pharmacy (demo)', '沪松公路', 'Husong Road', 31.13768, 121.30380, null, null, '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '27 days', true),
	('30000000-0000-4000-8000-000000000212', '10000000-0000-4000-8000-000000000002', 'window', 'medical', '仁爱社区诊所（演示）', 'Renai Community Clinic (demo)', '九亭大街', 'Jiuting Main Street', 31.12960, 121.29820, null, null, '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '35 days', true),
	('30000000-0000-4000-8000-000000000213', '10000000-0000-4000-8000-000000000002', 'window', 'safety', '迅驰电动车行（演示）', 'Xunchi E-bikes (demo)', '九亭大街', 'Jiuting Main Street', 31.13720, 121.29905, null, null, '2025-08-20 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '7 days', true),
	('30000000-0000-4000-8000-000000000214', '10000000-0000-4000-8000-000000000002', 'facility', 'safety', '共享换电柜（沪松公路，演示）', 'Battery-swap cabinet, Husong Road (demo)', '沪松公路', 'Husong Road', 31.13800, 121.29980, null, null, '2025-08-20 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '10 days', true),
	('30000000-0000-4000-8000-000000000215', '10000000-0000-4000-8000-000000000002', 'facility', 'safety', '九亭大街电动自行车充电桩（演示）', 'Street e-bike chargers, Jiuting Main Street (demo)', '九亭大街', 'Jiuting Main Street', 31.13250, 121.29870, null, null, '2025-08-20 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '15 days', true),
	('30000000-0000-4000-8000-000000000216', '10000000-0000-4000-8000-000000000002', 'window', 'safety', '路路通修车铺（演示）', 'Lulutong Bike Repair (demo)', '沪松公路', 'Husong Road', 31.13775, 121.30250, '骑手免费打气', 'Free tyre inflation for riders', '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '4 days', true),
	('30000000-0000-4000-8000-000000000217', '10000000-0000-4000-8000-000000000002', 'window', 'life', '邻里便利店（演示）', 'Neighbourhood Convenience Store (demo)', '九亭大街', 'Jiuting Main Street', 31.13560, 121.29900, null, null, '2025-08-20 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '1 days', true),
	('30000000-0000-4000-8000-000000000218', '10000000-0000-4000-8000-000000000002', 'window', 'life', '暖心理发店（演示）', 'Warm Heart Barber (demo)', '九亭大街', 'Jiuting Main Street', 31.13120, 121.29900, null, null, '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '50 days', true),
	('30000000-0000-4000-8000-000000000219', '10000000-0000-4000-8000-000000000002', 'facility', 'life', '九亭大街公共厕所', 'Public toilet, Jiuting Main Street', '九亭大街', 'Jiuting Main Street', 31.13000, 121.29810, null, null, '2025-08-20 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '8 days', true),
	('30000000-0000-4000-8000-000000000220', '10000000-0000-4000-8000-000000000002', 'window', 'life', '快修手机店（演示）', 'Quick Phone Repair (demo)', '沪松公路', 'Husong Road', 31.13795, 121.29620, null, null, '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '19 days', true),
	('30000000-0000-4000-8000-000000000221', '10000000-0000-4000-8000-000000000002', 'window', 'dining', '茶语时光（演示）', 'Tea Time (demo)', '沪松公路', 'Husong Road', 31.13780, 121.30050, null, null, '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '6 days', true),
	('30000000-0000-4000-8000-000000000222', '10000000-0000-4000-8000-000000000002', 'window', 'dining', '邻里食堂（演示）', 'Neighbourhood Canteen (demo)', '九亭大街', 'Jiuting Main Street', 31.13280, 121.29905, '骑手工作餐15元', '¥15 rider set meal', '2025-10-09 10:00+08', '20000000-0000-4000-8000-000000000004', now() - interval '3 days', true),
	('30000000-0000-4000-8000-000000000223', '10000000-0000-4000-8000-000000000002', 'window', 'safety', '张师傅电动车维修·九亭店（演示）', 'Master Zhang E-bike Repair, Jiuting (demo)', '九亭大街', 'Jiuting Main Street', 31.12880, 121.29880, '补胎、换刹车片工时费八折', '20% off labour for tyres and brake pads', null, null, null, true);

-- Master Zhang owns both his shops; the second one waits for the office's verification.
update public.places set owner_id = '20000000-0000-4000-8000-000000000002'
where id in ('30000000-0000-4000-8000-000000000112', '30000000-0000-4000-8000-000000000223');

-- The 70 m² riders' station (小哥驿站).
update public.places set
	manager_name = '驿站值班员（演示）',
	facilities = array['sofa', 'blankets', 'air_conditioning', 'heating', 'fridge', 'microwave', 'water_dispenser',
		'lockers', 'wifi', 'books', 'tool_kit', 'umbrellas', 'first_aid_kit', 'suggestion_box'],
	night_note_zh = '夜间（22:00–次日7:00）无人值守，休息区、饮水和充电照常开放；紧急情况请拨110/120。',
	night_note_en = 'Unstaffed at night (22:00–07:00); the rest room, water and charging stay open. Emergencies: call 110/120.'
where id = '30000000-0000-4000-8000-000000000201';

-- One of the two restaurants on 弘翔路 that closed while the railing blocked unloading: the pin stays.
update public.places set
	closed_at = '2025-05-06 21:00+08',
	closure_reason_zh = '已停业（护栏阻挡卸货、客流下降）',
	closure_reason_en = 'Closed for good (railings blocked unloading, fewer customers)'
where id = '30000000-0000-4000-8000-000000000121';

insert into public.opening_hours (place_id, weekday, opens, closes)
select h.place_id, d, h.opens, h.closes
from (values
	('30000000-0000-4000-8000-000000000101'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:00', time '22:00'),
	('30000000-0000-4000-8000-000000000102'::uuid, '{1,2,3,4,5,6,7}'::int[], time '07:00', time '23:00'),
	('30000000-0000-4000-8000-000000000103'::uuid, '{1,2,3,4,5,6,7}'::int[], time '00:00', time '24:00'),
	('30000000-0000-4000-8000-000000000104'::uuid, '{1,2,3,4,5,6,7}'::int[], time '00:00', time '24:00'),
	('30000000-0000-4000-8000-000000000106'::uuid, '{1,2,3,4,5,6,7}'::int[], time '09:30', time '20:30'),
	('30000000-0000-4000-8000-000000000107'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:00', time '21:00'),
	('30000000-0000-4000-8000-000000000108'::uuid, '{1,2,3,4,5,6}'::int[], time '09:00', time '12:00'),
	('30000000-0000-4000-8000-000000000108'::uuid, '{1,2,3,4,5,6}'::int[], time '13:30', time '18:00'),
	('30000000-0000-4000-8000-000000000108'::uuid, '{7}'::int[], time '09:00', time '12:00'),
	('30000000-0000-4000-8000-000000000109'::uuid, '{1,2,3,4,5,6,7}'::int[], time '11:00', time '14:00'),
	('30000000-0000-4000-8000-000000000109'::uuid, '{1,2,3,4,5,6,7}'::int[], time '17:00', time '21:30'),
	('30000000-0000-4000-8000-000000000110'::uuid, '{1,2,3,4,5,6,7}'::int[], time '06:30', time '13:30'),
	('30000000-0000-4000-8000-000000000110'::uuid, '{1,2,3,4,5,6,7}'::int[], time '16:30', time '20:30'),
	('30000000-0000-4000-8000-000000000111'::uuid, '{1,2,3,4,5,6,7}'::int[], time '08:00', time '22:00'),
	('30000000-0000-4000-8000-000000000112'::uuid, '{1,2,3,4,5,6,7}'::int[], time '08:00', time '20:00'),
	('30000000-0000-4000-8000-000000000112'::uuid, '{8}'::int[], time '09:00', time '17:00'),
	('30000000-0000-4000-8000-000000000113'::uuid, '{1,2,3,4,5,6,7}'::int[], time '05:30', time '10:30'),
	('30000000-0000-4000-8000-000000000114'::uuid, '{1,2,3,4,5,6,7}'::int[], time '00:00', time '24:00'),
	('30000000-0000-4000-8000-000000000115'::uuid, '{1,2,3,4,5,6,7}'::int[], time '17:00', time '02:00'),
	('30000000-0000-4000-8000-000000000116'::uuid, '{1,2,3,4,5,6,7}'::int[], time '05:00', time '23:00'),
	('30000000-0000-4000-8000-000000000117'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:30', time '14:00'),
	('30000000-0000-4000-8000-000000000117'::uuid, '{1,2,3,4,5,6,7}'::int[], time '16:30', time '20:00'),
	('30000000-0000-4000-8000-000000000118'::uuid, '{1,2,3,4,5,6,7}'::int[], time '08:30', time '22:30'),
	('30000000-0000-4000-8000-000000000119'::uuid, '{2,3,4,5,6,7}'::int[], time '10:00', time '20:30'),
	('30000000-0000-4000-8000-000000000120'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:00', time '22:00'),
	('30000000-0000-4000-8000-000000000121'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:30', time '21:00'),
	('30000000-0000-4000-8000-000000000201'::uuid, '{1,2,3,4,5,6,7}'::int[], time '00:00', time '24:00'),
	('30000000-0000-4000-8000-000000000201'::uuid, '{8}'::int[], time '00:00', time '24:00'),
	('30000000-0000-4000-8000-000000000202'::uuid, '{1,2,3,4,5}'::int[], time '09:00', time '12:00'),
	('30000000-0000-4000-8000-000000000202'::uuid, '{1,2,3,4,5}'::int[], time '13:30', time '17:30'),
	('30000000-0000-4000-8000-000000000203'::uuid, '{1,2,3,4,5,6,7}'::int[], time '06:30', time '21:30'),
	('30000000-0000-4000-8000-000000000204'::uuid, '{2,3,4,5,6,7}'::int[], time '10:30', time '14:00'),
	('30000000-0000-4000-8000-000000000204'::uuid, '{2,3,4,5,6,7}'::int[], time '16:30', time '21:00'),
	('30000000-0000-4000-8000-000000000205'::uuid, '{1,2,3,4,5,6,7}'::int[], time '06:00', time '20:00'),
	('30000000-0000-4000-8000-000000000206'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:00', time '21:00'),
	('30000000-0000-4000-8000-000000000207'::uuid, '{1,2,3,4,7}'::int[], time '18:00', time '03:00'),
	('30000000-0000-4000-8000-000000000207'::uuid, '{5,6}'::int[], time '18:00', time '04:00'),
	('30000000-0000-4000-8000-000000000208'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:00', time '22:00'),
	('30000000-0000-4000-8000-000000000209'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:30', time '20:30'),
	('30000000-0000-4000-8000-000000000210'::uuid, '{1,2,3,4,5,6,7}'::int[], time '08:00', time '22:00'),
	('30000000-0000-4000-8000-000000000211'::uuid, '{1,2,3,4,5,6,7}'::int[], time '07:30', time '23:00'),
	('30000000-0000-4000-8000-000000000211'::uuid, '{8}'::int[], time '09:00', time '21:00'),
	('30000000-0000-4000-8000-000000000212'::uuid, '{1,2,3,4,5,6}'::int[], time '08:00', time '11:30'),
	('30000000-0000-4000-8000-000000000212'::uuid, '{1,2,3,4,5,6}'::int[], time '13:30', time '17:00'),
	('30000000-0000-4000-8000-000000000213'::uuid, '{1,2,3,4,5,6,7}'::int[], time '08:30', time '19:30'),
	('30000000-0000-4000-8000-000000000214'::uuid, '{1,2,3,4,5,6,7}'::int[], time '00:00', time '24:00'),
	('30000000-0000-4000-8000-000000000215'::uuid, '{1,2,3,4,5,6,7}'::int[], time '00:00', time '24:00'),
	('30000000-0000-4000-8000-000000000216'::uuid, '{1,2,3,4,5,6,7}'::int[], time '07:30', time '19:00'),
	('30000000-0000-4000-8000-000000000217'::uuid, '{1,2,3,4,5,6,7}'::int[], time '07:00', time '01:00'),
	('30000000-0000-4000-8000-000000000218'::uuid, '{1,2,3,4,5,6,7}'::int[], time '09:00', time '21:00'),
	('30000000-0000-4000-8000-000000000219'::uuid, '{1,2,3,4,5,6,7}'::int[], time '05:00', time '23:00'),
	('30000000-0000-4000-8000-000000000220'::uuid, '{1,2,3,4,5,6,7}'::int[], time '09:30', time '21:30'),
	('30000000-0000-4000-8000-000000000221'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:00', time '22:00'),
	('30000000-0000-4000-8000-000000000222'::uuid, '{1,2,3,4,5,6,7}'::int[], time '10:30', time '13:00'),
	('30000000-0000-4000-8000-000000000222'::uuid, '{1,2,3,4,5,6,7}'::int[], time '16:30', time '19:00'),
	('30000000-0000-4000-8000-000000000223'::uuid, '{1,2,3,4,5,6,7}'::int[], time '08:00', time '20:00')
) as h (place_id, days, opens, closes)
cross join unnest(h.days) as d;

insert into public.place_services (place_id, service, state, source, confirmed_at, note_zh, note_en)
select s.place_id, s.service, s.state, 'seed', p.confirmed_at, s.note_zh, s.note_en
from (values
	('30000000-0000-4000-8000-000000000101'::uuid, 'toilet_public', 'yes', '"爱心公厕"：向骑手和户外劳动者开放', '"Caring toilet": open to riders and outdoor workers'),
	('30000000-0000-4000-8000-000000000101'::uuid, 'seat', 'yes', '店内设户外劳动者休息区', 'Rest corner for outdoor workers in the shop'),
	('30000000-0000-4000-8000-000000000101'::uuid, 'hot_water', 'yes', '免费热水', 'Free hot water'),
	('30000000-0000-4000-8000-000000000101'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000101'::uuid, 'phone_charging', 'unknown', null, null),
	('30000000-0000-4000-8000-000000000102'::uuid, 'toilet_customers', 'unknown', null, null),
	('30000000-0000-4000-8000-000000000102'::uuid, 'water', 'unknown', null, null),
	('30000000-0000-4000-8000-000000000103'::uuid, 'seat', 'no', '沿墙座椅规划中', 'Seats along the wall are planned'),
	('30000000-0000-4000-8000-000000000103'::uuid, 'shelter', 'no', null, null),
	('30000000-0000-4000-8000-000000000104'::uuid, 'ebike_charging', 'yes', '扫码付费，以现场说明为准', 'Pay by QR code; see the notice on site'),
	('30000000-0000-4000-8000-000000000105'::uuid, 'ebike_charging', 'yes', '小区向沿街商户开放的临时措施，骑手请先问物业', 'A stop-gap the compound opened to street merchants; riders ask the property office first'),
	('30000000-0000-4000-8000-000000000106'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000106'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000106'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000107'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000107'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000107'::uuid, 'first_aid', 'unknown', null, null),
	('30000000-0000-4000-8000-000000000108'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000108'::uuid, 'toilet_customers', 'yes', null, null),
	('30000000-0000-4000-8000-000000000108'::uuid, 'first_aid', 'yes', '创可贴等基础急救用品', 'Plasters and basic first-aid supplies'),
	('30000000-0000-4000-8000-000000000109'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000109'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000109'::uuid, 'seat', 'unknown', null, null),
	('30000000-0000-4000-8000-000000000110'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000110'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000110'::uuid, 'toilet_customers', 'unknown', null, null),
	('30000000-0000-4000-8000-000000000111'::uuid, 'medicine', 'yes', null, null),
	('30000000-0000-4000-8000-000000000111'::uuid, 'first_aid', 'yes', '可简单处理擦伤', 'Minor grazes cleaned and dressed'),
	('30000000-0000-4000-8000-000000000111'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000111'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000112'::uuid, 'repair', 'yes', null, null),
	('30000000-0000-4000-8000-000000000112'::uuid, 'pump', 'yes', '免费打气', 'Free tyre pump'),
	('30000000-0000-4000-8000-000000000112'::uuid, 'ebike_charging', 'yes', '付费快充', 'Paid fast charging'),
	('30000000-0000-4000-8000-000000000112'::uuid, 'battery_swap', 'no', null, null),
	('30000000-0000-4000-8000-000000000112'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000112'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000113'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000113'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000113'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000114'::uuid, 'microwave', 'yes', null, null),
	('30000000-0000-4000-8000-000000000114'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000114'::uuid, 'phone_charging', 'yes', null, null),
	('30000000-0000-4000-8000-000000000114'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000114'::uuid, 'toilet_customers', 'no', null, null),
	('30000000-0000-4000-8000-000000000115'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000115'::uuid, 'toilet_customers', 'yes', null, null),
	('30000000-0000-4000-8000-000000000116'::uuid, 'toilet_public', 'yes', null, null),
	('30000000-0000-4000-8000-000000000116'::uuid, 'water', 'no', null, null),
	('30000000-0000-4000-8000-000000000117'::uuid, 'microwave', 'yes', '可帮忙热饭', 'Will heat your lunch'),
	('30000000-0000-4000-8000-000000000117'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000117'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000118'::uuid, 'water', 'yes', '免费饮用水', 'Free drinking water'),
	('30000000-0000-4000-8000-000000000118'::uuid, 'seat', 'no', null, null),
	('30000000-0000-4000-8000-000000000119'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000119'::uuid, 'microwave', 'unknown', null, null),
	('30000000-0000-4000-8000-000000000120'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000120'::uuid, 'phone_charging', 'yes', null, null),
	('30000000-0000-4000-8000-000000000120'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000121'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000201'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000201'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000201'::uuid, 'toilet_public', 'yes', null, null),
	('30000000-0000-4000-8000-000000000201'::uuid, 'seat', 'yes', '70平方米休息区，有沙发和小被子', '70 m² rest room with sofas and blankets'),
	('30000000-0000-4000-8000-000000000201'::uuid, 'shelter', 'yes', null, null),
	('30000000-0000-4000-8000-000000000201'::uuid, 'phone_charging', 'yes', null, null),
	('30000000-0000-4000-8000-000000000201'::uuid, 'ebike_charging', 'yes', null, null),
	('30000000-0000-4000-8000-000000000201'::uuid, 'microwave', 'yes', null, null),
	('30000000-0000-4000-8000-000000000201'::uuid, 'first_aid', 'yes', null, null),
	('30000000-0000-4000-8000-000000000201'::uuid, 'pump', 'yes', null, null),
	('30000000-0000-4000-8000-000000000202'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000202'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000202'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000202'::uuid, 'phone_charging', 'yes', null, null),
	('30000000-0000-4000-8000-000000000202'::uuid, 'first_aid', 'yes', null, null),
	('30000000-0000-4000-8000-000000000202'::uuid, 'toilet_public', 'unknown', null, null),
	('30000000-0000-4000-8000-000000000203'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000203'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000203'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000203'::uuid, 'toilet_customers', 'yes', null, null),
	('30000000-0000-4000-8000-000000000203'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000204'::uuid, 'microwave', 'yes', '可帮忙热饭', 'Will heat your lunch'),
	('30000000-0000-4000-8000-000000000204'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000204'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000205'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000205'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000206'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000206'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000207'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000207'::uuid, 'toilet_customers', 'yes', null, null),
	('30000000-0000-4000-8000-000000000208'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000208'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000209'::uuid, 'microwave', 'yes', null, null),
	('30000000-0000-4000-8000-000000000209'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000210'::uuid, 'medicine', 'yes', null, null),
	('30000000-0000-4000-8000-000000000210'::uuid, 'first_aid', 'yes', null, null),
	('30000000-0000-4000-8000-000000000210'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000210'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000211'::uuid, 'medicine', 'yes', null, null),
	('30000000-0000-4000-8000-000000000211'::uuid, 'first_aid', 'yes', null, null),
	('30000000-0000-4000-8000-000000000212'::uuid, 'first_aid', 'yes', null, null),
	('30000000-0000-4000-8000-000000000212'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000212'::uuid, 'toilet_customers', 'yes', null, null),
	('30000000-0000-4000-8000-000000000213'::uuid, 'repair', 'yes', null, null),
	('30000000-0000-4000-8000-000000000213'::uuid, 'pump', 'yes', null, null),
	('30000000-0000-4000-8000-000000000213'::uuid, 'battery_swap', 'no', null, null),
	('30000000-0000-4000-8000-000000000213'::uuid, 'ebike_charging', 'no', null, null),
	('30000000-0000-4000-8000-000000000214'::uuid, 'battery_swap', 'yes', '需开通对应平台的换电套餐', 'Needs a swap plan with the cabinets operator'),
	('30000000-0000-4000-8000-000000000215'::uuid, 'ebike_charging', 'yes', '扫码付费', 'Pay by QR code'),
	('30000000-0000-4000-8000-000000000216'::uuid, 'repair', 'yes', null, null),
	('30000000-0000-4000-8000-000000000216'::uuid, 'pump', 'yes', null, null),
	('30000000-0000-4000-8000-000000000216'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000217'::uuid, 'microwave', 'yes', null, null),
	('30000000-0000-4000-8000-000000000217'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000217'::uuid, 'phone_charging', 'yes', null, null),
	('30000000-0000-4000-8000-000000000217'::uuid, 'toilet_customers', 'no', null, null),
	('30000000-0000-4000-8000-000000000218'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000218'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000219'::uuid, 'toilet_public', 'yes', null, null),
	('30000000-0000-4000-8000-000000000220'::uuid, 'phone_charging', 'yes', '免费充电10分钟', 'Ten minutes of free charging'),
	('30000000-0000-4000-8000-000000000221'::uuid, 'water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000221'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000222'::uuid, 'hot_water', 'yes', null, null),
	('30000000-0000-4000-8000-000000000222'::uuid, 'microwave', 'yes', null, null),
	('30000000-0000-4000-8000-000000000222'::uuid, 'seat', 'yes', null, null),
	('30000000-0000-4000-8000-000000000222'::uuid, 'rider_discount', 'yes', null, null),
	('30000000-0000-4000-8000-000000000223'::uuid, 'repair', 'yes', null, null),
	('30000000-0000-4000-8000-000000000223'::uuid, 'pump', 'yes', null, null)
) as s (place_id, service, state, note_zh, note_en)
join public.places p on p.id = s.place_id;

-- Today's statuses (they expire at the end of the day in Shanghai).
insert into public.place_live_status (place_id, kind, note_zh, note_en, set_by) values
	('30000000-0000-4000-8000-000000000101', 'toilet_unavailable', '今天厕所维修，明天恢复', 'Toilet under repair today, back tomorrow', '20000000-0000-4000-8000-000000000003'),
	('30000000-0000-4000-8000-000000000201', 'busy', '午高峰座位已满，热水照常', 'Seats full at lunch peak; hot water as usual', '20000000-0000-4000-8000-000000000004');

-- Events ----------------------------------------------------------------------------------------------
-- 高科技街区's monthly service day (街区服务日) since 2025-08, on the third Wednesday (the sourced 小哥课堂
-- date, 2025-10-15, is one), at the riders' station. February 2026 moved a week for the Spring Festival
-- holiday; January 2027 stays tentative until the State Council publishes the 2027 holidays.
insert into public.events (
	id, block_id, kind, title_zh, title_en, description_zh, description_en, place_id, location_zh,
	location_en, starts_at, ends_at, capacity, audience, partners_zh, partners_en, series_id,
	recurrence_rule, status, status_note_zh, status_note_en, published_at, created_by, is_demo
)
select
	('40000000-0000-4000-8000-0000000000' || lpad(row_number() over (order by d.day)::text, 2, '0'))::uuid,
	'10000000-0000-4000-8000-000000000002', 'service_day',
	'街区服务日（' || extract(year from d.day) || '年' || extract(month from d.day) || '月）',
	'Block service day (' || to_char(d.day, 'FMMonth YYYY') || ')',
	'志愿服务、环境整治、便民服务（理发、修车、测血压）和协商议事。环境共管、活动共办、成果共享。',
	'Volunteering, street clean-up, everyday services (haircuts, bike repair, blood pressure) and a residents'' and merchants'' forum.',
	'30000000-0000-4000-8000-000000000201', null, null,
	(d.day + time '14:00') at time zone 'Asia/Shanghai', (d.day + time '17:00') at time zone 'Asia/Shanghai',
	null, array['riders', 'couriers', 'merchants', 'residents'],
	'街区党支部、共建单位、暖新商户联盟', 'Block party branch, partner units, Nuanxin merchant alliance',
	'41000000-0000-4000-8000-000000000001', 'FREQ=MONTHLY;BYDAY=3WE',
	d.status, d.note_zh, d.note_en, least((d.day - 14 + time '09:00') at time zone 'Asia/Shanghai', now()),
	'20000000-0000-4000-8000-000000000004', true
from (values
	(date '2025-08-20', 'confirmed', null, null),
	(date '2025-09-17', 'confirmed', null, null),
	(date '2025-10-15', 'confirmed', null, null),
	(date '2025-11-19', 'confirmed', null, null),
	(date '2025-12-17', 'confirmed', null, null),
	(date '2026-01-21', 'confirmed', null, null),
	(date '2026-02-25', 'confirmed', '因春节假期顺延一周（原定2月18日）', 'Moved a week for the Spring Festival holiday (was 18 February)'),
	(date '2026-03-18', 'confirmed', null, null),
	(date '2026-04-15', 'confirmed', null, null),
	(date '2026-05-20', 'confirmed', null, null),
	(date '2026-06-17', 'confirmed', null, null),
	(date '2026-07-15', 'confirmed', null, null),
	(date '2026-08-19', 'confirmed', null, null),
	(date '2026-09-16', 'confirmed', null, null),
	(date '2026-10-21', 'confirmed', null, null),
	(date '2026-11-18', 'confirmed', null, null),
	(date '2026-12-16', 'confirmed', null, null),
	(date '2027-01-20', 'tentative', '2027年放假安排公布后确认', 'To be confirmed when the 2027 public holidays are published')
) as d (day, status, note_zh, note_en);

insert into public.events (
	id, block_id, kind, title_zh, title_en, description_zh, description_en, place_id, location_zh,
	location_en, starts_at, ends_at, capacity, audience, partners_zh, partners_en, series_id,
	recurrence_rule, status, status_note_zh, status_note_en, published_at, created_by, is_demo
) values
(
	'40000000-0000-4000-8000-000000000101', '10000000-0000-4000-8000-000000000002', 'rider_class',
	'小哥课堂：上海市新职业伤害险怎么用', 'Riders'' class: Shanghai''s occupational injury insurance for new jobs',
	'区社保中心讲解修订后的新职业伤害险：谁能参保、出了事故怎么报、要留哪些材料。',
	'The district social-insurance centre explains the revised scheme: who is covered, how to claim after an accident, what to keep.',
	'30000000-0000-4000-8000-000000000201', null, null,
	'2025-10-15 15:00+08', '2025-10-15 16:00+08', 40, array['riders', 'couriers'],
	'松江区社保中心', 'Songjiang District Social Insurance Centre', null, null, 'confirmed', null, null,
	'2025-10-01 09:00+08', '20000000-0000-4000-8000-000000000004', true
),
(
	'40000000-0000-4000-8000-000000000102', '10000000-0000-4000-8000-000000000002', 'birthday',
	'小哥生日会（冬季）', 'Riders'' birthday party (winter)',
	'为12月至2月过生日的骑手和快递员集体过生日，老乡鸡提供免费生日餐。',
	'A shared birthday for riders and couriers born December to February, with a free birthday meal from Laoxiangji.',
	'30000000-0000-4000-8000-000000000203', null, null,
	'2025-12-17 17:30+08', '2025-12-17 19:00+08', 20, array['riders', 'couriers'],
	'老乡鸡', 'Laoxiangji', null, null, 'confirmed', null, null,
	'2025-12-01 09:00+08', '20000000-0000-4000-8000-000000000004', true
),
(
	'40000000-0000-4000-8000-000000000103', '10000000-0000-4000-8000-000000000002', 'birthday',
	'小哥生日会（春季）', 'Riders'' birthday party (spring)',
	'为3月至5月过生日的骑手和快递员集体过生日，老乡鸡提供免费生日餐。',
	'A shared birthday for riders and couriers born March to May, with a free birthday meal from Laoxiangji.',
	'30000000-0000-4000-8000-000000000203', null, null,
	'2026-03-18 17:30+08', '2026-03-18 19:00+08', 20, array['riders', 'couriers'],
	'老乡鸡', 'Laoxiangji', null, null, 'confirmed', null, null,
	'2026-03-02 09:00+08', '20000000-0000-4000-8000-000000000004', true
),
(
	'40000000-0000-4000-8000-000000000104', '10000000-0000-4000-8000-000000000002', 'birthday',
	'小哥生日会（夏季）', 'Riders'' birthday party (summer)',
	'为6月至8月过生日的骑手和快递员集体过生日，老乡鸡提供免费生日餐。',
	'A shared birthday for riders and couriers born June to August, with a free birthday meal from Laoxiangji.',
	'30000000-0000-4000-8000-000000000203', null, null,
	'2026-06-17 17:30+08', '2026-06-17 19:00+08', 20, array['riders', 'couriers'],
	'老乡鸡', 'Laoxiangji', null, null, 'confirmed', null, null,
	'2026-06-01 09:00+08', '20000000-0000-4000-8000-000000000004', true
),
(
	'40000000-0000-4000-8000-000000000105', '10000000-0000-4000-8000-000000000002', 'birthday',
	'小哥生日会（秋季）', 'Riders'' birthday party (autumn)',
	'为9月至11月过生日的骑手和快递员集体过生日，老乡鸡提供免费生日餐。',
	'A shared birthday for riders and couriers born September to November, with a free birthday meal from Laoxiangji.',
	'30000000-0000-4000-8000-000000000203', null, null,
	'2026-09-16 17:30+08', '2026-09-16 19:00+08', 20, array['riders', 'couriers'],
	'老乡鸡', 'Laoxiangji', null, null, 'confirmed', null, null,
	'2026-09-01 09:00+08', '20000000-0000-4000-8000-000000000004', true
),
(
	'40000000-0000-4000-8000-000000000106', '10000000-0000-4000-8000-000000000002', 'birthday',
	'小哥生日会（冬季）', 'Riders'' birthday party (winter)',
	'为12月至2月过生日的骑手和快递员集体过生日，老乡鸡提供免费生日餐。名额有限，报满后自动排队候补。',
	'A shared birthday for riders and couriers born December to February, with a free birthday meal from Laoxiangji. Places are limited; after that you join the waitlist.',
	'30000000-0000-4000-8000-000000000203', null, null,
	'2026-12-16 17:30+08', '2026-12-16 19:00+08', 12, array['riders', 'couriers'],
	'老乡鸡', 'Laoxiangji', null, null, 'confirmed', null, null,
	'2026-11-16 09:00+08', '20000000-0000-4000-8000-000000000004', true
),
(
	'40000000-0000-4000-8000-000000000107', '10000000-0000-4000-8000-000000000002', 'rider_class',
	'小哥课堂：交通普法', 'Riders'' class: traffic law',
	'区交通委讲解电动自行车通行规则、常见违法和事故处理。10分钟一个要点，讲完就走也没关系。',
	'The district transport commission on e-bike rules of the road, common offences and what to do after a crash, in ten-minute parts.',
	'30000000-0000-4000-8000-000000000201', null, null,
	'2026-12-16 15:00+08', '2026-12-16 16:00+08', 2, array['riders', 'couriers'],
	'松江区交通委', 'Songjiang District Transport Commission', null, null, 'confirmed', null, null,
	'2026-11-18 09:00+08', '20000000-0000-4000-8000-000000000004', true
),
(
	'40000000-0000-4000-8000-000000000108', '10000000-0000-4000-8000-000000000001', 'policy_talk',
	'食安专题讲座：食刻守护你食安在街区', 'Food-safety talk for street restaurants',
	'方松市场监管所结合近期投诉举报案例，讲解日常经营中如何规避食品安全风险和职业打假人投诉，如何保留证据。',
	'The Fangsong market-regulation office on recent complaint cases: avoiding food-safety risks and professional complainants, and keeping evidence.',
	null, '文涵路商业街 街区党支部阵地', 'Block office, Wenhan Road shopping street',
	'2025-06-18 14:30+08', '2025-06-18 16:00+08', 30, array['merchants'],
	'方松市场监管所', 'Fangsong Market Regulation Office', null, null, 'confirmed', null, null,
	'2025-06-09 09:00+08', '20000000-0000-4000-8000-000000000003', true
),
(
	'40000000-0000-4000-8000-000000000109', '10000000-0000-4000-8000-000000000001', 'volunteering',
	'我的街区我清洁', 'Clean-up: my block, my street',
	'商户、骑手和居民一起清理文涵路沿街卫生死角。工具由街区提供。',
	'Merchants, riders and residents clean up the neglected corners along Wenhan Road. Tools provided.',
	null, '文涵路与天翔路路口集合', 'Meet at the corner of Wenhan Road and Tianxiang Road',
	'2026-11-29 09:00+08', '2026-11-29 11:00+08', 30, array['everyone'],
	'"益"起向"新"行志愿服务队', 'The block''s volunteer team', null, null, 'confirmed', null, null,
	'2026-11-15 09:00+08', '20000000-0000-4000-8000-000000000003', true
),
(
	'40000000-0000-4000-8000-000000000110', '10000000-0000-4000-8000-000000000001', 'deliberation',
	'JIE事好商量：文涵路停车怎么管', 'Street forum: parking on Wenhan Road',
	'商户、业委会、物业和居民代表一起商量文涵路公共停车场的收费和时段。',
	'Merchants, the owners'' committee, property managers and residents discuss fees and hours of the Wenhan Road car parks.',
	null, '文涵路商业街 街区党支部阵地', 'Block office, Wenhan Road shopping street',
	'2026-12-03 19:00+08', '2026-12-03 20:30+08', 20, array['merchants', 'residents'],
	'业委会、物业、居民区党组织', 'Owners'' committee, property managers, residential party branch', null, null, 'confirmed', null, null,
	'2026-11-19 09:00+08', '20000000-0000-4000-8000-000000000003', true
),
(
	'40000000-0000-4000-8000-000000000111', '10000000-0000-4000-8000-000000000002', 'policy_talk',
	'惠企政策与创业指导（草稿）', 'Business support and start-up advice (draft)',
	'草稿：待与区市场监管局确认讲师。', 'Draft: speaker to be confirmed with the district market regulator.',
	'30000000-0000-4000-8000-000000000202', null, null,
	'2027-01-13 14:00+08', '2027-01-13 15:30+08', 30, array['merchants'],
	null, null, null, null, 'tentative', null, null,
	null, '20000000-0000-4000-8000-000000000004', true
);

-- RSVPs: the waitlist at work — the traffic-law class has two places.
insert into public.rsvps (id, event_id, user_id) values
	('42000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000107', '20000000-0000-4000-8000-000000000001'),
	('42000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000106', '20000000-0000-4000-8000-000000000001'),
	('42000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000109', '20000000-0000-4000-8000-000000000001');
insert into public.rsvps (id, event_id, user_id) values
	('42000000-0000-4000-8000-000000000004', '40000000-0000-4000-8000-000000000107', '20000000-0000-4000-8000-000000000002'),
	('42000000-0000-4000-8000-000000000005', '40000000-0000-4000-8000-000000000109', '20000000-0000-4000-8000-000000000002');
insert into public.rsvps (id, event_id, user_id) values
	('42000000-0000-4000-8000-000000000006', '40000000-0000-4000-8000-000000000107', '20000000-0000-4000-8000-000000000005');
-- A past class, attended.
insert into public.rsvps (id, event_id, user_id, checked_in_at, checked_in_by) values
	('42000000-0000-4000-8000-000000000007', '40000000-0000-4000-8000-000000000101', '20000000-0000-4000-8000-000000000001',
		'2025-10-15 14:52+08', '20000000-0000-4000-8000-000000000004');

-- Feedback ------------------------------------------------------------------------------------------
-- Cases from the 第三街区 talk (the railing that blocked unloading, the lost-parcel dispute, broken paving,
-- the noodle shop's fan noise, charging) and a few more, in every colour and state. Each report is
-- inserted as its reporter and then taken through its history as the block secretary, so the triggers
-- record reporters, history and status exactly as the app would.

-- As 张师傅 (merchant): the railing on 文涵路.
select pg_temp.act_as('20000000-0000-4000-8000-000000000002');
insert into public.feedback (id, block_id, kind, problem_code, lat, lng, body, created_at, is_demo) values (
	'50000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'street_problem', 'railing',
	31.04345, 121.18000,
	'文涵路"百米护栏"的花箱护栏开口隔得太远，沿街商户卸货要绕一大圈，顾客也得绕行。弘翔路已经有两家饭店关门了，能不能多开几个口子？',
	'2025-04-28 10:20+08', true
);
-- As 小王 (rider): the lost-parcel complaint, late at night; the broken paving; the dark trail; the
-- blocked tactile path; a shelter for the parking area; a problem with the riders' station.
select pg_temp.act_as('20000000-0000-4000-8000-000000000001');
insert into public.feedback (id, block_id, kind, problem_code, lat, lng, body, created_at, is_demo) values
(
	'50000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'help_request', 'lost_parcel',
	31.04880, 121.19010,
	'有位居民第二次投诉丢件，可监控显示包裹是她本人取走的。公司要罚我2000块，一个月白干了。我现在很着急，不知道怎么办。',
	'2025-09-23 22:40+08', true
),
(
	'50000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', 'street_problem', 'pavement',
	31.04410, 121.19615,
	'新松江路靠近文涵路（逸庭苑北侧、东华学校北门附近）人行道道板砖松动破损，下雨积水，电动车和学生都容易摔。',
	'2026-11-10 08:15+08', true
),
(
	'50000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000001', 'street_problem', 'tactile_path',
	31.04745, 121.18350,
	'天翔路辰塔路月亮河桂园西门公交站旁，两个锐角花坛挡住了盲道。',
	'2026-10-20 17:05+08', true
),
(
	'50000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000001', 'street_problem', 'lighting',
	31.04015, 121.19100,
	'思涌路健康步道有三盏路灯不亮，晚上送餐经过很黑。',
	'2026-11-01 21:30+08', true
),
(
	'50000000-0000-4000-8000-000000000010', '10000000-0000-4000-8000-000000000001', 'suggestion', null,
	31.04632, 121.19480,
	'建议在昌鑫内街骑手停车区加个遮雨棚，下雨天等单没地方躲。',
	'2026-11-14 12:40+08', true
);
insert into public.feedback (id, block_id, kind, problem_code, place_id, body, created_at, is_demo) values (
	'50000000-0000-4000-8000-000000000008', '10000000-0000-4000-8000-000000000002', 'place_problem', 'toilet_locked',
	'30000000-0000-4000-8000-000000000201',
	'驿站厕所门锁着，敲门没人应。', now() - interval '2 hours', true
);
-- As 周姐: hours that were wrong at a restaurant, and a duplicate of the paving report.
select pg_temp.act_as('20000000-0000-4000-8000-000000000005');
insert into public.feedback (id, block_id, kind, problem_code, place_id, body, created_at, is_demo) values (
	'50000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000002', 'place_problem', 'hours_wrong',
	'30000000-0000-4000-8000-000000000204',
	'周一中午去吃饭没开门，地图上写着营业。', '2026-11-16 12:10+08', true
);
insert into public.feedback (id, block_id, kind, problem_code, lat, lng, body, created_at, is_demo) values (
	'50000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', 'street_problem', 'pavement',
	31.04402, 121.19608,
	'东华学校北门人行道砖坏了好几块。', '2026-11-12 07:50+08', true
);
-- Entered by staff after visits (no app reporter): the noodle shop's fan noise and the charging problem.
select pg_temp.act_as('20000000-0000-4000-8000-000000000003');
insert into public.feedback (id, block_id, kind, problem_code, lat, lng, body, channel, created_at, is_demo) values
(
	'50000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000001', 'street_problem', 'other',
	31.04338, 121.18700,
	'走访中碧园居民反映：蒋关良面店排烟风机夜间噪音很大，影响休息。',
	'visit', '2025-07-03 16:00+08', true
),
(
	'50000000-0000-4000-8000-000000000011', '10000000-0000-4000-8000-000000000001', 'street_problem', 'charging',
	31.04335, 121.18850,
	'雨天走访发现沿街店员用"锅盖"遮着飞线给电动车充电：店员住得远，附近没有充电桩。街面600多家商户和骑手都有"充电焦虑"。',
	'visit', '2025-03-12 15:30+08', true
);
update public.feedback_reporters set contact_name = '张师傅', contact_phone = null
where feedback_id = '50000000-0000-4000-8000-000000000001';

-- As 小王 again, in the other block: a suggestion the office cannot act on.
select pg_temp.act_as('20000000-0000-4000-8000-000000000001');
insert into public.feedback (id, block_id, kind, problem_code, lat, lng, body, created_at, is_demo) values (
	'50000000-0000-4000-8000-000000000012', '10000000-0000-4000-8000-000000000002', 'suggestion', null,
	31.13450, 121.29860,
	'建议把九亭大街整条改成步行街，骑手就不用和汽车抢道了。', '2026-09-02 19:20+08', true
);

-- Triage as the office (colour, urgency, SLA due times, responsible party) before the history entries.
update public.feedback set
	triage_colour = 'red', urgency = 'routine', responsible_party_zh = '街道管理办、区交通委',
	responsible_party_en = 'Subdistrict management office, district transport commission',
	assignee_id = '20000000-0000-4000-8000-000000000003', close_due_at = '2025-05-06 18:00+08'
where id = '50000000-0000-4000-8000-000000000001';
update public.feedback set
	triage_colour = 'yellow', urgency = 'urgent', responsible_party_zh = '街区党支部、街道平安办、派出所、居民区',
	responsible_party_en = 'Block branch, subdistrict safety office, police station, residential committee',
	assignee_id = '20000000-0000-4000-8000-000000000003',
	respond_due_at = '2025-09-23 23:10+08', control_due_at = '2025-09-24 00:40+08', follow_up_due_at = '2025-09-24 22:40+08'
where id = '50000000-0000-4000-8000-000000000002';
update public.feedback set
	triage_colour = 'red', urgency = 'routine', responsible_party_zh = '区交通委（道路养护）',
	responsible_party_en = 'District transport commission (road maintenance)',
	assignee_id = '20000000-0000-4000-8000-000000000003', close_due_at = '2026-11-17 18:00+08'
where id = '50000000-0000-4000-8000-000000000003';
update public.feedback set duplicate_of = '50000000-0000-4000-8000-000000000003'
where id = '50000000-0000-4000-8000-000000000004';
update public.feedback set
	triage_colour = 'green', urgency = 'routine', responsible_party_zh = '蒋关良面店（商户自行整改）',
	responsible_party_en = 'Jiang Guanliang Noodles (the shop fixes it)', close_due_at = '2025-07-10 18:00+08'
where id = '50000000-0000-4000-8000-000000000005';
update public.feedback set
	triage_colour = 'red', urgency = 'complex', responsible_party_zh = '区绿化和市容管理局、区交通委',
	responsible_party_en = 'District greening and city appearance bureau, district transport commission',
	close_due_at = '2026-11-04 18:00+08'
where id = '50000000-0000-4000-8000-000000000006';
update public.feedback set
	triage_colour = 'red', urgency = 'routine', responsible_party_zh = '街道管理办（路灯养护）',
	responsible_party_en = 'Subdistrict management office (street lighting)', close_due_at = '2026-11-07 18:00+08'
where id = '50000000-0000-4000-8000-000000000007';
update public.feedback set
	triage_colour = 'green', urgency = 'routine', responsible_party_zh = '禾味小厨（商户自行更正营业时间）',
	responsible_party_en = 'Hewei Kitchen (the shop corrects its hours)', close_due_at = '2026-11-23 18:00+08'
where id = '50000000-0000-4000-8000-000000000009';
update public.feedback set
	triage_colour = 'yellow', urgency = 'complex', responsible_party_zh = '昌鑫居民区党总支、物业、业委会',
	responsible_party_en = 'Changxin residential party branch, property manager, owners'' committee',
	close_due_at = '2026-11-28 18:00+08'
where id = '50000000-0000-4000-8000-000000000010';
update public.feedback set
	triage_colour = 'yellow', urgency = 'complex', responsible_party_zh = '街道职能部门、居民区党组织、物业、业委会',
	responsible_party_en = 'Subdistrict departments, residential party branches, property managers, owners'' committees',
	close_due_at = '2025-03-26 18:00+08'
where id = '50000000-0000-4000-8000-000000000011';
update public.feedback set triage_colour = 'green', urgency = 'routine'
where id = '50000000-0000-4000-8000-000000000012';

-- The histories, as the block secretaries.
select pg_temp.act_as('20000000-0000-4000-8000-000000000003');
insert into public.feedback_updates (feedback_id, visibility, to_status, resolution, body, created_at) values
	('50000000-0000-4000-8000-000000000001', 'public', 'triaged', null, '已收到。列为红色"公家事"，提交综合网格工作例会。', '2025-04-28 15:00+08'),
	('50000000-0000-4000-8000-000000000001', 'internal', null, null, '包保领导约定周三现场踏勘，请管理办带护栏图纸。', '2025-04-28 15:10+08'),
	('50000000-0000-4000-8000-000000000001', 'public', 'in_progress', null, '包保领导已现场踏勘，相关部门正在出方案，下周征求商户意见。', '2025-04-30 11:00+08'),
	('50000000-0000-4000-8000-000000000001', 'public', 'resolved', 'fixed', '一周内新增3处"暖心通道"，卸货和顾客进出不用再绕行。请看看是否解决。', '2025-05-05 17:30+08'),
	('50000000-0000-4000-8000-000000000002', 'public', 'triaged', null, '街区党支部已收到，24小时在线，马上联系你。', '2025-09-23 22:45+08'),
	('50000000-0000-4000-8000-000000000002', 'internal', null, null, '居民电话未接通。连夜协同街道平安办、派出所、居民区上门调解。', '2025-09-23 22:55+08'),
	('50000000-0000-4000-8000-000000000002', 'public', 'in_progress', null, '我们正和平安办、派出所一起上门沟通，请先别着急，保持电话畅通。', '2025-09-23 23:05+08'),
	('50000000-0000-4000-8000-000000000002', 'public', 'resolved', 'fixed', '居民了解情况后撤销了投诉，双方已和解。', '2025-09-24 01:10+08'),
	('50000000-0000-4000-8000-000000000002', 'public', 'closed', null, '三天回访无新问题，办结。', '2025-09-27 10:00+08'),
	('50000000-0000-4000-8000-000000000003', 'public', 'triaged', null, '已收到，列为红色"公家事"，已转区交通委道路养护。', '2026-11-10 10:30+08'),
	('50000000-0000-4000-8000-000000000003', 'public', 'in_progress', null, '养护单位已排期，本周内更换破损道板砖。', '2026-11-12 16:00+08'),
	('50000000-0000-4000-8000-000000000004', 'public', 'resolved', 'duplicate', '与同一路段的已有报告重复，已合并，进展请看原报告。', '2026-11-12 09:00+08'),
	('50000000-0000-4000-8000-000000000005', 'public', 'triaged', null, '列为绿色"自家事"，指导商户自行整改。', '2025-07-03 16:30+08'),
	('50000000-0000-4000-8000-000000000005', 'public', 'in_progress', null, '建议：重新设计烟道、出口背向住宅、加装高空排放和高效油烟净化设备并定期清洗、换低噪音风机、加消音设备。', '2025-07-04 10:00+08'),
	('50000000-0000-4000-8000-000000000005', 'public', 'resolved', 'fixed', '面店已按建议整改，碧园居民回访表示夜间不再扰民。', '2025-07-09 18:00+08'),
	('50000000-0000-4000-8000-000000000005', 'public', 'closed', null, '办结。', '2025-07-10 09:00+08'),
	('50000000-0000-4000-8000-000000000006', 'public', 'triaged', null, '已收到，列为红色"公家事"。', '2026-10-21 09:00+08'),
	('50000000-0000-4000-8000-000000000006', 'public', 'resolved', 'referred', '已通过人大代表建议转区交通委和区绿化和市容管理局，花坛将改造为平整路面。', '2026-10-30 15:00+08'),
	('50000000-0000-4000-8000-000000000007', 'public', 'triaged', null, '已收到，转街道管理办路灯养护。', '2026-11-02 09:00+08'),
	('50000000-0000-4000-8000-000000000007', 'public', 'resolved', 'fixed', '养护单位反馈已更换灯泡。', '2026-11-05 17:00+08'),
	('50000000-0000-4000-8000-000000000010', 'public', 'triaged', null, '列为黄色"大家事"，需要物业和业委会一起商量，两周内给出方案。', '2026-11-14 16:00+08'),
	('50000000-0000-4000-8000-000000000011', 'public', 'triaged', null, '列为黄色"大家事"。先给出安全充电建议，上泰绅苑已临时开放集中充电场所。', '2025-03-12 18:00+08'),
	('50000000-0000-4000-8000-000000000011', 'public', 'in_progress', null, 'JIE事好商量会议形成方案：在街面集中建设电动自行车充电桩，列入实事项目清单。', '2025-03-20 20:00+08'),
	('50000000-0000-4000-8000-000000000011', 'public', 'resolved', 'fixed', '街面92个电动自行车充电桩已建成投用。', '2025-08-28 10:00+08'),
	('50000000-0000-4000-8000-000000000011', 'public', 'closed', null, '办结。', '2025-09-05 10:00+08');

select pg_temp.act_as('20000000-0000-4000-8000-000000000004');
insert into public.feedback_updates (feedback_id, visibility, to_status, resolution, body, created_at) values
	('50000000-0000-4000-8000-000000000009', 'public', 'triaged', null, '列为绿色"自家事"，已提醒商户更正周一休息的营业时间。', '2026-11-16 15:00+08'),
	('50000000-0000-4000-8000-000000000012', 'public', 'triaged', null, '谢谢建议，已转交镇规划部门了解。', '2026-09-03 10:00+08'),
	('50000000-0000-4000-8000-000000000012', 'public', 'resolved', 'no_action', '九亭大街是区域通行主干道，目前不具备改为步行街的条件；已建议增设非机动车道标线。', '2026-09-20 11:00+08'),
	('50000000-0000-4000-8000-000000000012', 'public', 'closed', null, '办结。', '2026-09-27 11:00+08');

-- The reporters' follow-ups: 张师傅 confirms the railing fix; 小王 says the trail is still dark.
select pg_temp.act_as('20000000-0000-4000-8000-000000000002');
insert into public.feedback_updates (feedback_id, verdict, body, created_at) values
	('50000000-0000-4000-8000-000000000001', 'fixed', '解决了，谢谢街区！商户们准备送面锦旗。', '2025-05-06 09:15+08');
select pg_temp.act_as('20000000-0000-4000-8000-000000000001');
insert into public.feedback_updates (feedback_id, verdict, body, created_at) values
	('50000000-0000-4000-8000-000000000007', 'not_fixed', '还有一盏在步道拐弯处不亮。', '2026-11-06 21:40+08');

-- "Me too" on the broken paving.
select pg_temp.act_as('20000000-0000-4000-8000-000000000002');
insert into public.feedback_supporters (feedback_id, user_id) values
	('50000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000002');

-- The 开店明白卡 checklist --------------------------------------------------------------------------------
-- 高科技街区's card covers five departments (公安、市场、城管、环保、绿容); its item list is not published.
-- Steps marked 'card' come from the card and the talk that describes it; everything else is general
-- guidance (seeds-digest §3.3) to be verified with the offices, reviewed on the date given.
insert into public.checklist_templates (
	id, block_id, slug, version, title_zh, title_en, intro_zh, intro_en, stages, questions, reviewed_on,
	created_by, is_demo
) values (
	'60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002', 'kaidian-mingbaika', 1,
	'开店明白卡：在街区开一家餐饮店', 'Shop-opening card: opening a restaurant in the block',
	'从零开始，把开餐饮店要准备的事按部门理清楚。标「明白卡」的条目来自高科技街区开店明白卡及其公开介绍；其余为通用指引，请以窗口和一网通办的最新要求为准。在这里打勾只是你自己的记录，不代表任何部门已经审批。',
	'Everything you need to prepare to open a restaurant, from zero, by department. Items marked “card” come from the Hi-Tech Block''s shop-opening card and its public description; the rest is general guidance — check the offices'' and the One-Stop Service''s current requirements. Ticking a step here is your own record, not an approval by any office.',
	'[{"key": "site", "title_zh": "签约前：看清铺面", "title_en": "Before you sign: check the premises"}, {"key": "market", "title_zh": "市场（市场监管）", "title_en": "Market regulation"}, {"key": "environment", "title_zh": "环保", "title_en": "Environment"}, {"key": "city", "title_zh": "城管·绿容", "title_en": "City management and greening"}, {"key": "police", "title_zh": "公安", "title_en": "Police"}, {"key": "other", "title_zh": "你可能还需要（五部门以外）", "title_en": "You may also need (outside the five departments)"}, {"key": "neighbour", "title_zh": "做个好邻居（街区）", "title_en": "Being a good neighbour (the block)"}]'::jsonb,
	'[{"key": "business_type", "type": "choice", "label_zh": "打算开什么店？", "label_en": "What kind of business?", "options": [{"value": "cooking", "label_zh": "炒菜、烧烤等有油烟的餐饮", "label_en": "Cooking with fumes (stir-fry, barbecue…)"}, {"value": "light_food", "label_zh": "轻食、简餐（基本无油烟）", "label_en": "Light meals (almost no fumes)"}, {"value": "prepackaged", "label_zh": "只卖预包装食品", "label_en": "Prepackaged food only"}, {"value": "drinks", "label_zh": "饮品、茶饮", "label_en": "Drinks and tea"}]}, {"key": "premises_use", "type": "choice", "label_zh": "铺面所在的楼是？", "label_en": "What is the building?", "options": [{"value": "commercial", "label_zh": "商业用房", "label_en": "Commercial building"}, {"value": "mixed_use", "label_zh": "商住综合楼（楼上有住户）", "label_en": "Mixed commercial and residential"}, {"value": "residential", "label_zh": "居民住宅楼", "label_en": "Residential building"}]}, {"key": "dedicated_flue", "type": "choice", "label_zh": "铺面有专用烟道吗？", "label_en": "Does the unit have a dedicated flue?", "options": [{"value": "yes", "label_zh": "有", "label_en": "Yes"}, {"value": "no", "label_zh": "没有", "label_en": "No"}, {"value": "unknown", "label_zh": "不清楚", "label_en": "Not sure"}]}, {"key": "homes_above", "type": "choice", "label_zh": "楼上或隔壁紧挨着住户吗？", "label_en": "Are there homes directly above or next door?", "options": [{"value": "yes", "label_zh": "有", "label_en": "Yes"}, {"value": "no", "label_zh": "没有", "label_en": "No"}, {"value": "unknown", "label_zh": "不清楚", "label_en": "Not sure"}]}, {"key": "outdoor_sign", "type": "boolean", "label_zh": "要挂门头店招吗？", "label_en": "Will you put up a shop sign?"}, {"key": "uses_gas", "type": "choice", "label_zh": "厨房用什么能源？", "label_en": "What will the kitchen run on?", "options": [{"value": "pipeline", "label_zh": "管道燃气", "label_en": "Piped gas"}, {"value": "bottled", "label_zh": "瓶装液化气", "label_en": "Bottled gas"}, {"value": "electric", "label_zh": "全电", "label_en": "All electric"}]}, {"key": "area_m2", "type": "number", "label_zh": "经营面积大约多少平方米？", "label_en": "Floor area, about how many m²?"}]'::jsonb,
	'2026-11-21', '20000000-0000-4000-8000-000000000004', true
);

insert into public.checklist_steps (
	id, template_id, key, stage, position, department, title_zh, title_en, why_zh, why_en, documents_zh,
	documents_en, office_zh, office_en, contact_role_zh, contact_role_en, typical_days_min, typical_days_max,
	depends_on, applies_when, source, reviewed_on
) values
	('61000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001', 'site_history', 'site', 1, 'block',
		'签约前，先向街区了解这间铺面的历史', 'Before signing, ask the block office about the unit''s history',
		'高科技街区李大姐手续办齐开了店，才因排烟被业主投诉：这间铺面2022年10月就因部分居民集体信访关停过，两年里4家商户先后踩坑。本应用的「铺面历史」会列出街区掌握的记录。',
		'Li, a shop owner in the Hi-Tech Block, did all the paperwork and then faced fume complaints: the unit had been closed in October 2022 after a collective petition, and four tenants in two years lost money there. The app''s “site history” shows what the block office knows.',
		'{}', '{}', '街区党支部、居委会、城管', 'Block office, residents'' committee, city management', '街区党支部书记', 'Block party secretary', 0, 3, '{}', null, 'card', '2026-11-21'),
	('61000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000001', 'property_use', 'site', 2, 'other',
		'核实房屋用途能否开餐饮', 'Check the property may be used for catering',
		'房产证或规划用途须为商业；住宅用途的房屋一般不能开餐饮。',
		'The title deed or planned use must be commercial; homes generally cannot host restaurants.',
		array['不动产权证书（或房东提供的产权证明）', '租赁合同草稿'], array['Property title certificate (or the landlord''s proof)', 'Draft lease'], '房东、物业', 'Landlord, property manager', null, null, 0, 2, '{}', null, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000001', 'fume_rule', 'site', 3, 'environment',
		'确认这里能不能开有油烟的餐饮', 'Check whether a fume-producing restaurant is allowed here',
		'《大气污染防治法》第八十一条：禁止在居民住宅楼、未配套设立专用烟道的商住综合楼，以及商住综合楼内与居住层相邻的商业楼层内，新建、改建、扩建产生油烟、异味、废气的餐饮服务项目。不符合的，只能做无油烟业态。',
		'Air Pollution Prevention Law, art. 81: no new, rebuilt or expanded catering that produces fumes, odours or exhaust in residential buildings, in mixed-use buildings without a dedicated flue, or on commercial floors next to residential floors. Otherwise only fume-free formats are possible.',
		'{}', '{}', null, null, '环保管理员', 'Environment officer', 0, 0, array['site_history'], '{"q": "business_type", "eq": "cooking"}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000001', 'landlord_questions', 'site', 4, 'other',
		'和房东、物业问清排烟、隔油、用电和燃气', 'Ask the landlord and property manager about exhaust, grease trap, power and gas',
		'排烟口往哪里走、隔油池在哪、电容量够不够、能不能通管道燃气，签约后再发现就晚了。',
		'Where the exhaust can go, where the grease trap is, whether the power supply is enough, whether piped gas is possible: after signing it is too late.',
		'{}', '{}', '房东、物业', 'Landlord, property manager', null, null, 0, 2, '{}', '{"q": "business_type", "in": ["cooking", "light_food"]}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000001', 'business_licence', 'market', 1, 'market',
		'办理营业执照', 'Get a business licence',
		'个体工商户或公司都要先办营业执照；税务等登记已多证合一。',
		'Sole trader or company, the licence comes first; tax registration is bundled in.',
		array['身份证', '经营场所证明（租赁合同、产权证明）'], array['ID card', 'Proof of premises (lease, title)'], '上海一网通办（随申办）「开办餐饮店一件事」', 'Shanghai One-Stop Service (Suishenban): “opening a restaurant” bundle', '市场所管理员', 'Market office officer', 1, 5, array['property_use'], null, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000006', '60000000-0000-4000-8000-000000000001', 'food_licence', 'market', 2, 'market',
		'办理食品经营许可证', 'Get a food business licence',
		'餐饮须取得食品经营许可：布局（粗加工、烹饪、清洗消毒分区，生熟分开）、防蝇防鼠防尘、餐具清洗消毒设施都会被检查。',
		'Catering needs a food business licence: layout (preparation, cooking and washing areas; raw and cooked apart), pest and dust protection and dish-washing facilities are checked.',
		array['营业执照', '经营场所平面布局图', '食品安全管理制度', '食品安全管理员信息'], array['Business licence', 'Floor plan of the premises', 'Food-safety procedures', 'Food-safety manager''s details'], '上海一网通办（随申办）「开办餐饮店一件事」', 'Shanghai One-Stop Service (Suishenban): “opening a restaurant” bundle', '市场所管理员', 'Market office officer', 10, 20, array['business_licence'], '{"q": "business_type", "in": ["cooking", "light_food", "drinks"]}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000001', 'food_filing', 'market', 3, 'market',
		'仅销售预包装食品：办理备案', 'Prepackaged food only: file a notification',
		'只卖预包装食品的，按2023年《食品经营许可和备案管理办法》办理备案即可，不需许可证。',
		'Selling only prepackaged food needs a notification under the 2023 rules, not a licence.',
		array['营业执照'], array['Business licence'], '上海一网通办（随申办）「开办餐饮店一件事」', 'Shanghai One-Stop Service (Suishenban): “opening a restaurant” bundle', '市场所管理员', 'Market office officer', 1, 3, array['business_licence'], '{"q": "business_type", "eq": "prepackaged"}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000008', '60000000-0000-4000-8000-000000000001', 'health_certificates', 'market', 4, 'market',
		'员工办理健康证明', 'Health certificates for staff',
		'从事接触直接入口食品工作的人员须持有效健康证明。',
		'Staff handling ready-to-eat food need a valid health certificate.',
		array['身份证', '一寸照片（以体检机构要求为准）'], array['ID card', 'Photo (as the clinic asks)'], '指定体检机构', 'Designated clinic', null, null, 1, 7, '{}', '{"q": "business_type", "in": ["cooking", "light_food", "drinks"]}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000009', '60000000-0000-4000-8000-000000000001', 'food_safety_practice', 'market', 5, 'market',
		'明厨亮灶、进货查验、索证索票', 'Open kitchen, checked supplies, kept receipts',
		'店里要有食品安全管理员；进货要查验、留票据。外卖平台上也要公示许可证。',
		'Appoint a food-safety manager; check deliveries and keep receipts. Show the licence on delivery platforms too.',
		'{}', '{}', null, null, '市场所管理员', 'Market office officer', null, null, array['food_licence'], '{"q": "business_type", "in": ["cooking", "light_food", "drinks"]}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000010', '60000000-0000-4000-8000-000000000001', 'keep_evidence', 'market', 6, 'market',
		'留存进货凭证和标签，防范职业打假', 'Keep purchase records and labels against professional complainants',
		'方松市场监管所在街区食安讲座上提醒：被职业打假人投诉时，进货凭证、标签和留样是你的证据。',
		'At a food-safety talk in the block, the market regulator advised: when a professional complainant comes, purchase records, labels and samples are your evidence.',
		'{}', '{}', null, null, '市场所管理员', 'Market office officer', null, null, '{}', '{"q": "business_type", "in": ["cooking", "light_food", "drinks"]}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000011', '60000000-0000-4000-8000-000000000001', 'fume_purifier', 'environment', 1, 'environment',
		'安装油烟净化设施并定期清洗', 'Install a fume purifier and clean it regularly',
		'第三街区一家面店的夜间排烟噪音曾让居民睡不着：高效油烟净化设备、定期清洗并留记录，是最常被查的一项。',
		'A noodle shop''s night-time exhaust kept neighbours awake in Block 3: an efficient purifier, cleaned regularly with records kept, is what inspectors check most.',
		array['油烟净化设施清洗记录'], array['Purifier cleaning records'], null, null, '环保管理员', 'Environment officer', null, null, array['fume_rule'], '{"q": "business_type", "eq": "cooking"}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000012', '60000000-0000-4000-8000-000000000001', 'flue_routing', 'environment', 2, 'environment',
		'烟道走向避开住户', 'Route the flue away from homes',
		'李大姐的铺面最后经多方协调，把排烟从直排改为地排才平息投诉；另一家烧烤店则自费加长烟道、包隔音棉。开业前就设计好，比事后改便宜。',
		'Li''s unit only calmed down after the exhaust was changed from direct to ground-level discharge; a barbecue shop extended its flue and wrapped it in sound insulation at its own cost. Designing it before opening is cheaper than fixing it later.',
		'{}', '{}', null, null, '环保管理员', 'Environment officer', null, null, array['fume_rule', 'landlord_questions'], '{"q": "business_type", "eq": "cooking"}'::jsonb, 'card', '2026-11-21'),
	('61000000-0000-4000-8000-000000000013', '60000000-0000-4000-8000-000000000001', 'noise_control', 'environment', 3, 'environment',
		'风机和外机降噪', 'Keep fans and outdoor units quiet',
		'风机、空调外机在边界处须符合社会生活噪声限值，夜间更严；低噪音风机和消音设备能省去很多投诉。',
		'Fans and condenser units must meet neighbourhood noise limits at the boundary, stricter at night; quiet fans and silencers save many complaints.',
		'{}', '{}', null, null, '环保管理员', 'Environment officer', null, null, '{}', '{"q": "business_type", "in": ["cooking", "light_food", "drinks"]}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000014', '60000000-0000-4000-8000-000000000001', 'eia_check', 'environment', 4, 'environment',
		'核实是否需要环评登记', 'Check whether an environmental registration is needed',
		'按现行分类管理名录，多数小餐饮可豁免，但要先问清楚。',
		'Under the current list most small eateries are exempt, but ask first.',
		'{}', '{}', '区生态环境局', 'District ecology and environment bureau', '环保管理员', 'Environment officer', 0, 5, '{}', '{"q": "business_type", "eq": "cooking"}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000015', '60000000-0000-4000-8000-000000000001', 'shop_sign', 'city', 1, 'greening',
		'店招店牌按导则设置', 'Put up the shop sign by the rules',
		'店招大小、位置、灯光有区和街道的导则，部分区域需备案。曾有合规备案的店招因争议经过三次协商才移位。',
		'Size, position and lighting follow district and subdistrict guidelines; some areas need a filing. A properly filed sign elsewhere still had to move after three rounds of talks.',
		array['店招设计效果图'], array['Sign design drawing'], '区绿化和市容管理局、城管', 'District greening and city appearance bureau, city management', '城市管理员', 'City management officer', 3, 10, array['business_licence'], '{"q": "outdoor_sign", "eq": true}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000016', '60000000-0000-4000-8000-000000000001', 'frontage_duty', 'city', 2, 'city_management',
		'门前三包，不占道经营', 'Keep your frontage; do not trade on the pavement',
		'市容环境卫生责任区要保持整洁；在人行道摆摊、洗垃圾桶会被投诉。',
		'Keep your frontage clean; trading on the pavement or washing bins there draws complaints.',
		'{}', '{}', null, null, '城市管理员', 'City management officer', null, null, '{}', null, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000017', '60000000-0000-4000-8000-000000000001', 'kitchen_waste', 'city', 3, 'greening',
		'签湿垃圾收运和废弃油脂回收合同', 'Contracts for food-waste collection and used cooking oil',
		'按《上海市生活垃圾管理条例》分类投放；餐厨垃圾和废弃油脂交有资质的单位，不能倒进下水道或街面。',
		'Sort waste under Shanghai''s regulations; food waste and used oil go to licensed collectors, never down the drain or into the street.',
		array['湿垃圾收运合同', '废弃油脂回收合同'], array['Food-waste collection contract', 'Used-oil collection contract'], null, null, '城市管理员', 'City management officer', 1, 5, '{}', '{"q": "business_type", "in": ["cooking", "light_food"]}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000018', '60000000-0000-4000-8000-000000000001', 'security_basics', 'police', 1, 'police',
		'治安防范和人员信息登记', 'Security basics and staff registration',
		'开店明白卡把公安列为五个部门之一，但公开资料没有列出具体事项：请向社区警员确认（如技防、现金安全、员工信息登记）。',
		'The card lists the police among its five departments, but no details are public: ask the community officer (security measures, cash safety, staff registration).',
		'{}', '{}', '社区警务室', 'Community police office', '社区警员', 'Community police officer', null, null, '{}', null, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000019', '60000000-0000-4000-8000-000000000001', 'fire_safety', 'other', 1, 'fire',
		'消防安全检查（或告知承诺）', 'Fire-safety inspection (or self-declaration)',
		'公众聚集场所投入使用、营业前要过消防安全检查，很多地方已改为告知承诺；灭火器、应急照明、疏散通道要到位。',
		'Public gathering places need a fire-safety check before opening, often now a self-declaration; extinguishers, emergency lights and clear exits are required.',
		array['消防安全检查申请或告知承诺书'], array['Fire-safety application or self-declaration'], '区消防救援支队', 'District fire and rescue', null, null, 1, 10, array['business_licence'], null, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000020', '60000000-0000-4000-8000-000000000001', 'gas_safety', 'other', 2, 'gas',
		'燃气报警和自动切断装置', 'Gas leak alarm with automatic shut-off',
		'2023年全国燃气安全专项整治后，使用燃气的餐饮要装燃气泄漏报警器和自动切断装置。',
		'Since the 2023 national gas-safety campaign, restaurants using gas need a leak alarm with automatic shut-off.',
		'{}', '{}', '燃气公司', 'Gas company', null, null, 1, 5, '{}', '{"q": "uses_gas", "in": ["pipeline", "bottled"]}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000021', '60000000-0000-4000-8000-000000000001', 'bottled_gas', 'other', 3, 'gas',
		'瓶装液化气：先问能否改管道或改电', 'Bottled gas: ask about piped gas or electric first',
		'上海在推动餐饮瓶改管、瓶改电，新开店用瓶装气可能受限。',
		'Shanghai is moving catering off bottled gas; a new shop may not be allowed to use it.',
		'{}', '{}', '燃气公司、街道', 'Gas company, subdistrict', null, null, null, null, '{}', '{"q": "uses_gas", "eq": "bottled"}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000022', '60000000-0000-4000-8000-000000000001', 'drainage_permit', 'other', 4, 'water',
		'排水许可和隔油池', 'Drainage permit and grease trap',
		'餐饮属于排水户，须办理排水许可并安装隔油池（隔油器）。',
		'Restaurants discharge to the sewer: get a drainage permit and install a grease trap.',
		array['排水许可申请'], array['Drainage permit application'], '区水务局', 'District water authority', null, null, 5, 20, array['business_licence'], '{"q": "business_type", "in": ["cooking", "light_food"]}'::jsonb, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000023', '60000000-0000-4000-8000-000000000001', 'delivery_platform', 'other', 5, 'platform',
		'外卖平台入驻', 'Join the delivery platforms',
		'上传营业执照和食品经营许可证，使用外卖封签。',
		'Upload the licences and use tamper-evident delivery seals.',
		array['营业执照', '食品经营许可证'], array['Business licence', 'Food business licence'], '美团、饿了么商家后台', 'Meituan, Ele.me merchant portals', null, null, 1, 3, array['food_licence'], null, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000024', '60000000-0000-4000-8000-000000000001', 'join_alliance', 'neighbour', 1, 'block',
		'加入暖新商户联盟', 'Join the Nuanxin merchant alliance',
		'给骑手提供热水、厕所、歇脚或优惠，就能在骑手地图上出现；街区核实后挂牌。',
		'Offer riders hot water, a toilet, a seat or a discount and you appear on their map; the block office verifies and gives you a plaque.',
		'{}', '{}', '街区党支部', 'Block office', '街区党支部书记', 'Block party secretary', null, null, array['business_licence'], null, 'general', '2026-11-21'),
	('61000000-0000-4000-8000-000000000025', '60000000-0000-4000-8000-000000000001', 'block_contacts', 'neighbour', 2, 'block',
		'记下街区的市场所管理员、城市管理员、环保管理员', 'Save the block''s market, city and environment officers',
		'开店明白卡把街区的市场所管理员、城市管理员、环保管理员串在一起，「分头行动」变「齐头并进」：遇到问题先找他们。',
		'The card links the block''s market, city-management and environment officers so they act together rather than separately: ask them first when something comes up.',
		'{}', '{}', '街区党支部', 'Block office', '街区党支部书记', 'Block party secretary', null, null, '{}', null, 'card', '2026-11-21');

update public.checklist_templates set status = 'published' where id = '60000000-0000-4000-8000-000000000001';

-- 周姐's run: a noodle shop with fumes, homes above, flue unknown. Two steps marked done so far.
insert into public.checklist_runs (id, owner_id, template_id, answers, label, block_id) values (
	'70000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000001',
	'{"business_type": "cooking", "premises_use": "mixed_use", "dedicated_flue": "unknown", "homes_above": "yes", "outdoor_sign": true, "uses_gas": "bottled", "area_m2": 40}',
	'九亭大街一间沿街铺面', '10000000-0000-4000-8000-000000000002'
);
insert into public.step_progress (run_id, step_id, done_at, note) values
	('70000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000001', now() - interval '3 days', '街区说这间铺面以前因为油烟被投诉过，要再看看。'),
	('70000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000002', now() - interval '2 days', '房东给看了产权证，是商业用房。');

-- Storefront history -----------------------------------------------------------------------------------
-- A unit like 李大姐's on 九亭大街 (fictional position, no house number) and the 弘翔路 restaurants.
insert into public.site_notes (
	block_id, address_zh, address_en, lat, lng, kind, happened_on, body_zh, body_en, rule_zh, rule_en,
	recorded_by, is_demo
) values
(
	'10000000-0000-4000-8000-000000000002', '九亭大街沿街铺面（演示，不标门牌）', 'Street-front unit, Jiuting Main Street (demo, no number)',
	31.13150, 121.29905, 'petition', '2022-10-15',
	'部分居民因排烟问题集体信访，当时在此经营的餐饮店关停。',
	'After a collective petition by residents over exhaust fumes, the restaurant then trading here closed.',
	null, null, '20000000-0000-4000-8000-000000000004', true
),
(
	'10000000-0000-4000-8000-000000000002', '九亭大街沿街铺面（演示，不标门牌）', 'Street-front unit, Jiuting Main Street (demo, no number)',
	31.13150, 121.29905, 'closure', '2024-10-31',
	'此后两年内，先后4家餐饮商户在此办齐手续开业，又都因排烟投诉歇业，每一家都有经济损失。',
	'In the two years that followed, four restaurants opened here with all their papers in order and closed again over fume complaints, each losing money.',
	'签约前先问清铺面历史；不具备排烟条件的，只做无油烟业态。',
	'Ask about a unit''s history before signing; where fumes cannot be vented properly, choose a fume-free business.',
	'20000000-0000-4000-8000-000000000004', true
),
(
	'10000000-0000-4000-8000-000000000002', '九亭大街沿街铺面（演示，不标门牌）', 'Street-front unit, Jiuting Main Street (demo, no number)',
	31.13150, 121.29905, 'no_dedicated_flue', null,
	'铺面没有专用烟道，原先是直排。',
	'The unit has no dedicated flue; fumes used to be discharged directly.',
	'《大气污染防治法》第八十一条：未配套设立专用烟道的商住综合楼内，禁止新建、改建、扩建产生油烟、异味、废气的餐饮服务项目。',
	'Air Pollution Prevention Law, art. 81: no new, rebuilt or expanded fume-producing catering in mixed-use buildings without a dedicated flue.',
	'20000000-0000-4000-8000-000000000004', true
),
(
	'10000000-0000-4000-8000-000000000002', '九亭大街沿街铺面（演示，不标门牌）', 'Street-front unit, Jiuting Main Street (demo, no number)',
	31.13150, 121.29905, 'residential_above', null,
	'铺面楼上是住户（演示假设）。',
	'There are homes on the floor above (an assumption of the demo).',
	'《大气污染防治法》第八十一条：商住综合楼内与居住层相邻的商业楼层，禁止新建、改建、扩建产生油烟、异味、废气的餐饮服务项目。',
	'Air Pollution Prevention Law, art. 81: no new, rebuilt or expanded fume-producing catering on commercial floors next to residential floors.',
	'20000000-0000-4000-8000-000000000004', true
),
(
	'10000000-0000-4000-8000-000000000002', '九亭大街沿街铺面（演示，不标门牌）', 'Street-front unit, Jiuting Main Street (demo, no number)',
	31.13150, 121.29905, 'remedy', '2025-03-20',
	'第4任经营者经街区协调改造烟道，由直排改为地排，投诉平息。',
	'With the block office''s help the fourth tenant rebuilt the flue, from direct to ground-level discharge, and the complaints stopped.',
	null, null, '20000000-0000-4000-8000-000000000004', true
),
(
	'10000000-0000-4000-8000-000000000001', '弘翔路沿街（演示，不标门牌）', 'Street front, Hongxiang Road (demo, no number)',
	31.04480, 121.17690, 'closure', '2025-05-06',
	'文涵路"百米护栏"开口太少，卸货和顾客进出都要绕行，弘翔路两家饭店先后停业。之后已增设3处"暖心通道"。',
	'With too few gaps in the Wenhan Road railing, deliveries and customers had to detour and two restaurants on Hongxiang Road closed. Three gaps have been added since.',
	'签约前看看门前能不能停车卸货。',
	'Before signing, check you can stop and unload in front of the unit.',
	'20000000-0000-4000-8000-000000000003', true
);

select pg_temp.act_as(null);
drop function pg_temp.act_as(uuid);
